import { join } from "node:path";
import { buildDigest, type Language, labelsFor, languageModule } from "@bilat/core";
import type { Root } from "mdast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../src/render-report.js";
import {
  copyDataFolder,
  editFile,
  loadValid,
  MINIMAL,
  removeTemporaryFolders,
} from "./support/data-folders.js";
import {
  nodesOfType,
  parseMarkdown,
  plainText,
  section,
  sectionTable,
  walk,
} from "./support/markdown-tree.js";

/** Markdown, HTML, Handlebars, GFM and math syntax, and an apostrophe, all meant as plain text. */
const HOSTILE =
  "Pipe | star * under_score <script>alert(1)</script> [x](y) [^1] {{foo}} Mali's ~~gone~~ `code` &amp; $x$ #tag \\back";

/** Each field's text, with a line break inside, and what a reader must see: the same on one line. */
const FIELDS = {
  datasetTitle: `Dataset ${HOSTILE}\nsecond line`,
  assessment: `1. Not a list | # nor a heading ${HOSTILE}`,
  eventTitle: `Event ${HOSTILE}\nsecond line`,
  eventSummary: `- not a list either ${HOSTILE}`,
  agreementTitle: `Agreement ${HOSTILE}`,
  indicatorName: `Figure ${HOSTILE}`,
  actorName: `Mali ${HOSTILE}`,
  statement: `Judgment ${HOSTILE}`,
  outlet: `Outlet ${HOSTILE}`,
  sourceTitle: `Source ${HOSTILE}`,
};
const shown = (text: string) => text.replace(/\n/g, " ");

/** A YAML scalar: JSON strings are valid double-quoted YAML. */
const yaml = (text: string) => JSON.stringify(text);
const both = (text: string) => `{ en: ${yaml(text)}, fr: ${yaml(text)} }`;

let dir: string;
beforeAll(async () => {
  dir = await copyDataFolder(MINIMAL);
  await editFile(join(dir, "dataset.yaml"), (t) =>
    t
      .replace(/title:\n {2}en: .*\n {2}fr: .*\n/, `title: ${both(FIELDS.datasetTitle)}\n`)
      .concat(`assessments:\n  security: ${both(FIELDS.assessment)}\n`),
  );
  await editFile(join(dir, "events/evt-pledge.yaml"), (t) =>
    t
      .replace(/title:\n {2}en: .*\n {2}fr: .*\n/, `title: ${both(FIELDS.eventTitle)}\n`)
      .replace(/summary:\n {2}en: .*\n {2}fr: .*\n/, `summary: ${both(FIELDS.eventSummary)}\n`),
  );
  await editFile(join(dir, "agreements/agr-defence.yaml"), (t) =>
    t.replace(/^title: .*$/m, `title: ${both(FIELDS.agreementTitle)}`),
  );
  await editFile(join(dir, "indicators/ind-border.yaml"), (t) =>
    t.replace(/^name: .*$/m, `name: ${both(FIELDS.indicatorName)}`),
  );
  await editFile(join(dir, "actors/act-mali.yaml"), (t) =>
    t.replace(/^name: .*$/m, `name: ${both(FIELDS.actorName)}`),
  );
  await editFile(join(dir, "judgments/jdg-cooperation.yaml"), (t) =>
    t.replace(/statement:\n {2}en: .*\n {2}fr: .*\n/, `statement: ${both(FIELDS.statement)}\n`),
  );
  await editFile(join(dir, "sources/src-ecofin.yaml"), (t) =>
    t
      .replace(/^outlet: .*$/m, `outlet: ${yaml(FIELDS.outlet)}`)
      .replace(/^title: .*$/m, `title: ${yaml(FIELDS.sourceTitle)}`),
  );
});
afterAll(removeTemporaryFolders);

describe.each(["en", "fr"] as Language[])("hostile text in the data (%s)", (lang) => {
  // The texts as the language prints them: French sets the apostrophe ’ and its spaces.
  const typeset = languageModule(lang).grammar.typeset ?? ((text: string) => text);
  const F = Object.fromEntries(
    Object.entries(FIELDS).map(([k, v]) => [k, typeset(v)]),
  ) as typeof FIELDS;
  const labels = labelsFor(lang);
  let markdown: string;
  let tree: Root;
  beforeAll(async () => {
    markdown = renderReport(buildDigest(await loadValid(dir), { lang }));
    tree = parseMarkdown(markdown);
  });

  it("creates no HTML, emphasis, strikethrough, code, image or math node", () => {
    const types = new Set([...walk(tree)].map((v) => v.node.type));
    for (const type of [
      "html",
      "emphasis",
      "delete",
      "inlineCode",
      "image",
      "math",
      "inlineMath",
    ]) {
      expect(types.has(type as never), type).toBe(false);
    }
  });

  it("creates no link but the table of contents' and the sources' own", () => {
    for (const { node, ancestors } of walk(tree)) {
      if (node.type !== "link" && node.type !== "linkReference") continue;
      const inFootnote = ancestors.some((a) => a.type === "footnoteDefinition");
      const url = node.type === "link" ? node.url : "";
      expect(url.startsWith("#") || inFootnote, url).toBe(true);
    }
    const references = nodesOfType(tree, "footnoteReference");
    const definitions = nodesOfType(tree, "footnoteDefinition");
    // Every reference is one the report made: each is followed by its grade.
    expect(definitions).toHaveLength(1);
    expect(references.length).toBeGreaterThan(0);
  });

  it("shows titles literally in headings and table cells, folded to one line", () => {
    const title = nodesOfType(tree, "heading").find((h) => h.depth === 1);
    expect(title?.children).toEqual([
      expect.objectContaining({ type: "text", value: shown(F.datasetTitle) }),
    ]);
    const chronology = sectionTable(tree, labels.sections.chronology);
    expect(chronology[1]?.[1]).toBe(shown(F.eventTitle));
    const figures = sectionTable(tree, labels.sections.keyFigures);
    expect(figures[1]?.[0]).toBe(F.indicatorName);
    const actors = sectionTable(tree, labels.sections.actors);
    expect(actors.map((row) => row[0])).toContain(F.actorName);
    const agreements = sectionTable(tree, labels.sections.agreements);
    expect(agreements[1]?.[0]?.startsWith(`${F.agreementTitle} — `)).toBe(true);
  });

  it("keeps each data text in a single text node equal to the input", () => {
    const texts = nodesOfType(tree, "text").map((t) => t.value);
    for (const value of [F.datasetTitle, F.eventTitle, F.indicatorName]) {
      expect(texts).toContain(shown(value));
    }
    for (const value of [F.statement, F.outlet]) {
      // Shown in bold: the strong node holds exactly the text.
      const strong = nodesOfType(tree, "strong").filter((s) => plainText(s) === value);
      expect(strong.length, value).toBeGreaterThan(0);
      expect(strong[0]?.children).toHaveLength(1);
    }
  });

  it("opens paragraphs with data text without starting a list, a heading or a quote", () => {
    const pillar = section(tree, labels.sections.developments);
    const paragraphs = pillar.filter((n) => n.type === "paragraph").map(plainText);
    expect(paragraphs).toContain(F.assessment);
    expect(pillar.filter((n) => n.type === "heading")).toHaveLength(1);
    const item = pillar.find((n) => n.type === "list");
    const summary = item ? nodesOfType(item, "paragraph").map(plainText)[1] : undefined;
    expect(summary?.startsWith(`${F.eventSummary} [^1]`)).toBe(true);
  });

  it("shows the source's outlet and title literally in its footnote", () => {
    const [definition] = nodesOfType(tree, "footnoteDefinition");
    const text = definition ? plainText(definition) : "";
    expect(text).toContain(`${F.outlet} · ${F.sourceTitle} · `);
  });

  it("writes apostrophes (in the language's typography) and ampersands, not as HTML entities", () => {
    expect(markdown).toContain(typeset("Mali's"));
    expect(markdown).not.toMatch(/&#x27;|&#39;|&lt;|&quot;/);
    const texts = nodesOfType(tree, "text").map((t) => t.value);
    expect(texts.some((t) => t.includes("&amp; $x$"))).toBe(true);
  });

  it("keeps the Mermaid timeline well-formed", () => {
    const [block] = nodesOfType(tree, "code").filter((c) => c.lang === "mermaid");
    const [header, title, ...periods] = block?.value.split("\n") ?? [];
    expect(header).toBe("timeline");
    expect(title).toMatch(/^ {4}title [^#;:\n]+$/);
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatch(/^ {4}[^#;:\n]+ : [^#;:\n]+$/);
    expect(periods[0]).toContain("‹script›alert(1)‹/script›");
  });

  it("keeps every table row to its header's number of cells", () => {
    for (const table of nodesOfType(tree, "table")) {
      const [header, ...rows] = table.children;
      for (const row of rows) expect(row.children).toHaveLength(header?.children.length ?? -1);
    }
  });
});
