import { execFileSync } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { makeDataFolder, removeDataFolders } from "@bilat/test-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bilat } from "./helpers/bilat.js";
import { pdfText } from "./helpers/pdf-text.js";

afterAll(removeDataFolders);

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.email=a@example.org", "-c", "user.name=Analyst", ...args], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_COMMITTER_DATE: "2025-03-01T09:00:00Z",
      GIT_AUTHOR_DATE: "2025-03-01T09:00:00Z",
    },
  });

// A second source that only the withdrawn event cites: both leave the dataset together.
const WIRE = `id: src-wire
outlet: Wire of the Sahel
title: Rumoured talks at the border post
published: "2025-02-12"
language: fr
reliability: C
reliabilityNote:
  en: Regional wire with a mixed record.
  fr: Dépêche régionale au bilan inégal.
archive: archive/src-wire.txt
`;
const WIRE_TEXT = "Des entretiens auraient eu lieu au poste frontière de Diboli.\n";
const RUMOUR = `id: evt-rumour
date: "2025-02-12"
type: multilateral-meeting
pillars: [security]
title: { en: Rumoured talks at Diboli, fr: Entretiens supposés à Diboli }
summary: { en: Talks were said to have taken place., fr: Des entretiens auraient eu lieu. }
citations:
  - source: src-wire
    excerpt: Des entretiens auraient eu lieu au poste frontière de Diboli.
    translation: { en: Talks are said to have taken place at the Diboli border post. }
    credibility: 4
`;
const NEW = `id: evt-new
date: "2025-02-08"
type: multilateral-meeting
pillars: [security]
title: { en: Ministers meet again, fr: Les ministres se revoient }
summary: { en: The ministers met again., fr: Les ministres se sont revus. }
citations:
  - source: src-ecofin
    excerpt: Both states share a border of 419 kilometres.
    translation: { fr: Les deux États partagent une frontière de 419 kilomètres. }
    credibility: 2
`;

/** Every file under a folder, by relative path, with its bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
  return new Map(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)),
  );
}

/** Numbers 1..n, the only note numbers an output may use. */
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("editions: reproducible, with contiguous endnotes", () => {
  let dir: string;
  const runs: Map<string, Buffer>[] = [];

  beforeAll(async () => {
    ({ dir } = await makeDataFolder({
      "sources/src-wire.yaml": WIRE,
      "archive/src-wire.txt": WIRE_TEXT,
      "events/evt-rumour.yaml": RUMOUR,
    }));
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "First edition");
    git(dir, "tag", "edition-1");
    // The second edition withdraws the rumour and its source, adds an event…
    await rm(join(dir, "events", "evt-rumour.yaml"));
    await rm(join(dir, "sources", "src-wire.yaml"));
    await rm(join(dir, "archive", "src-wire.txt"));
    await writeFile(join(dir, "events", "evt-new.yaml"), NEW);
    // …and moves a date, which the changes give as its old and new value.
    const pledge = join(dir, "events", "evt-pledge.yaml");
    const moved = (await readFile(pledge, "utf8")).replace(/^date: .*$/m, 'date: "2025-02-06"');
    await writeFile(pledge, moved);
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "Second edition");
    for (const n of [1, 2]) {
      const out = `${dir}-run-${n}`;
      for (const format of ["brief", "report"]) {
        const args = [format, "--data", dir, "--since", "edition-1", "--lang", "en,fr"];
        const run = await bilat([...args, "--out", join(out, format)]);
        expect(run.status, run.stderr).toBe(0);
      }
      runs.push(await filesOf(out));
      await rm(out, { recursive: true, force: true });
    }
  }, 300_000);

  it("writes the same files, byte for byte, on a second run with the same data, revision and options", () => {
    const [first, second] = runs;
    expect([...(second?.keys() ?? [])]).toEqual([...(first?.keys() ?? [])]);
    expect(first?.size).toBeGreaterThanOrEqual(4);
    for (const [name, bytes] of first ?? []) {
      expect(second?.get(name)?.equals(bytes), name).toBe(true);
    }
  });

  it("numbers the report's endnotes 1..n, each defined once and cited, the withdrawn source among them", () => {
    for (const lang of ["en", "fr"]) {
      const [, bytes] = [...(runs[0] ?? [])].find(([n]) => n.endsWith(`${lang}.md`)) ?? [];
      const markdown = String(bytes);
      const defined = [...markdown.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => Number(m[1]));
      const cited = new Set([...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1])));
      expect(defined, lang).toEqual(oneTo(defined.length));
      expect(
        [...cited].sort((a, b) => a - b),
        lang,
      ).toEqual(defined);
      expect(defined.length, lang).toBe(2);
      const notes = markdown.slice(markdown.search(/^\[\^1\]:/m));
      expect(notes, lang).toContain("Rumoured talks at the border post");
      expect(notes, lang).toMatch(
        lang === "en" ? /withdrawn from the data since the last edition/ : /retirée des données/,
      );
    }
  });

  it("numbers the brief's citation marks 1..n and lists each of those sources once, the withdrawn one among them", async () => {
    for (const lang of ["en", "fr"]) {
      const [name, bytes] = [...(runs[0] ?? [])].find(([n]) => n.endsWith(`_${lang}.pdf`)) ?? [];
      const file = `${dir}-${lang}.pdf`;
      await writeFile(file, bytes ?? Buffer.alloc(0));
      const text = await pdfText(file);
      // Every character printed: nothing replaced for want of a glyph.
      expect(text, lang).not.toMatch(/\[U\+[0-9A-F]{4,}\]/);
      const marks = new Set([...text.matchAll(/\[(\d+) [A-F][1-6]\]/g)].map((m) => Number(m[1])));
      expect(
        [...marks].sort((a, b) => a - b),
        `${name}`,
      ).toEqual(oneTo(2));
      // The withdrawn event is listed with its last citation, whose source has left the dataset.
      expect(text, lang).toContain(
        lang === "en" ? "Rumoured talks at Diboli" : "Entretiens supposés à Diboli",
      );
      // The endnotes, after the last "Sources" heading, list each cited source once.
      const endnotes = text.slice(text.lastIndexOf(" Sources "));
      for (const title of [
        "Rumoured talks at the border post",
        "Military Ties to Boost Regional",
      ]) {
        expect(endnotes.split(title).length - 1, `${lang}: ${title}`).toBe(1);
      }
      expect(endnotes, lang).toMatch(/ 1 Agence Ecofin .* 2 Wire of the Sahel /);
      expect(
        endnotes.split(lang === "en" ? "withdrawn from the data" : "retirée des données").length -
          1,
      ).toBe(1);
    }
  });
});
