import { join } from "node:path";
import { buildDigest } from "@bilat/core";
import type { Emphasis, Nodes, Text } from "mdast";
import { afterAll, describe, expect, it } from "vitest";
import { renderReport } from "../src/render-report.js";
import {
  copyDataFolder,
  editFile,
  loadValid,
  MINIMAL,
  removeTemporaryFolders,
} from "./support/data-folders.js";
import { parseMarkdown, walk } from "./support/markdown-tree.js";

afterAll(removeTemporaryFolders);

const NOTE = {
  en: "ECOWAS communiqué of 29 January 2025",
  fr: "communiqué de la Cédéao du 29 janvier 2025",
};
const ACTOR_NOTE = { en: "public record", fr: "notoriété publique" };

const replacing = (find: string, replace: string) => (text: string) => {
  if (!text.includes(find)) throw new Error(`no ${find}`);
  return text.replace(find, replace);
};

/** The minimal fixture, with an event known only as "no later than" and outside information marked. */
async function markedFolder(): Promise<string> {
  const dir = await copyDataFolder(MINIMAL);
  const event = join(dir, "events/evt-pledge.yaml");
  await editFile(
    event,
    replacing('date: { from: "2025-02-05", to: "2025-02-07" }', 'date: { by: "2025-02-07" }'),
  );
  await editFile(
    event,
    replacing(
      "citations:",
      `outsideInformation:\n  - { note: { en: ${NOTE.en}, fr: ${NOTE.fr} } }\ncitations:`,
    ),
  );
  await editFile(
    join(dir, "actors/act-senegal.yaml"),
    replacing(
      "country: SEN",
      `country: SEN\noutsideInformation:\n  - { field: country, note: { en: ${ACTOR_NOTE.en}, fr: ${ACTOR_NOTE.fr} } }`,
    ),
  );
  return dir;
}

/** The text of every emphasis of the report, as a reader sees it. */
function emphases(markdown: string): string[] {
  const texts: string[] = [];
  for (const { node } of walk(parseMarkdown(markdown))) {
    if (node.type !== "emphasis") continue;
    texts.push(
      (node as Emphasis).children
        .map((c: Nodes) => (c.type === "text" ? (c as Text).value : ""))
        .join(""),
    );
  }
  return texts;
}

function textOf(markdown: string): string {
  const parts: string[] = [];
  for (const { node } of walk(parseMarkdown(markdown)))
    if (node.type === "text") parts.push(node.value);
  return parts.join(" ");
}

describe("the report marks what the sources do not say", () => {
  it.each([
    ["en", "reported by 7 February 2025", "Not from the cited sources: "],
    ["fr", "signalé au plus tard le 7 février 2025", "Hors des sources citées\u00a0: "],
  ] as const)(
    "in %s: the no-later-than date, and each note in brackets and italics",
    async (lang, date, lead) => {
      const dataset = await loadValid(await markedFolder());
      const markdown = renderReport(buildDigest(dataset, { lang }));
      expect(textOf(markdown)).toContain(date);
      const marks = emphases(markdown);
      // Once after the development, once in the chronology's row.
      expect(marks.filter((m) => m === `[${lead}${NOTE[lang]}]`)).toHaveLength(2);
      expect(marks).toContain(`[${lead}${ACTOR_NOTE[lang]}]`);
    },
  );
});
