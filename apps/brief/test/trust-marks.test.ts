import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderBrief } from "../src/index.js";
import { digestOf, FOLDERS } from "./fixtures.js";
import { readPdf } from "./read-pdf.js";

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

const NOTE = {
  en: "ECOWAS communiqué of 29 January 2025",
  fr: "communiqué de la Cédéao du 29 janvier 2025",
};
const ASSESSMENT_NOTE = {
  en: "the analyst's reading of maps",
  fr: "lecture des cartes par l’analyste",
};

async function edit(dir: string, file: string, find: string, replace: string) {
  const path = join(dir, file);
  const text = await readFile(path, "utf8");
  if (!text.includes(find)) throw new Error(`${file} has no ${find}`);
  await writeFile(path, text.replace(find, replace));
}

/** The minimal fixture, with an event known only as "no later than" and outside information marked. */
async function markedFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "bilat-brief-trust-"));
  made.push(dir);
  await cp(FOLDERS.minimal, dir, { recursive: true });
  await edit(
    dir,
    "events/evt-pledge.yaml",
    'date: { from: "2025-02-05", to: "2025-02-07" }',
    'date: { by: "2025-02-07" }',
  );
  await edit(
    dir,
    "events/evt-pledge.yaml",
    "citations:",
    `outsideInformation:\n  - { field: summary, note: { en: ${NOTE.en}, fr: ${NOTE.fr} } }\ncitations:`,
  );
  await edit(
    dir,
    "dataset.yaml",
    "licence: CC-BY-4.0",
    `licence: CC-BY-4.0\nassessments:\n  security: { en: Security ties hold., fr: Les liens de sécurité tiennent. }\noutsideInformation:\n  - field: assessments.security\n    note: { en: "${ASSESSMENT_NOTE.en}", fr: "${ASSESSMENT_NOTE.fr}" }`,
  );
  return dir;
}

const flat = (text: string) => text.replace(/\s+/g, "");

describe("the brief marks what the sources do not say", () => {
  it.each([
    [
      "en",
      "reported by 7 February 2025",
      `[Not from the cited sources: ${NOTE.en}]`,
      `[Not from the cited sources: ${ASSESSMENT_NOTE.en}]`,
    ],
    [
      "fr",
      "signalé au plus tard le 7 février 2025",
      `[Hors des sources citées : ${NOTE.fr}]`,
      `[Hors des sources citées : ${ASSESSMENT_NOTE.fr}]`,
    ],
  ] as const)(
    "in %s: the no-later-than date and each outside-information note",
    async (lang, date, event, assessment) => {
      const digest = await digestOf(await markedFolder(), { lang });
      const content = await readPdf(await renderBrief(digest));
      const text = flat(content.text);
      expect(text).toContain(flat(date));
      expect(text).toContain(flat(event));
      expect(text).toContain(flat(assessment));
      // Never dated on a day the source does not give.
      expect(text).not.toContain(flat(lang === "en" ? "5–7 February 2025" : "5–7 février 2025"));
    },
  );
});
