import {
  buildDigest,
  type Dataset,
  type DigestOptions,
  formatDate,
  formatEventDate,
  labelsFor,
  languageModule,
  leadingDate,
  localize,
  queryEvents,
} from "@bilat/core";
import type { Code, Root, Table } from "mdast";
import { describe, expect, it } from "vitest";
import { mermaidText } from "../src/helpers/mermaid-text.js";
import { renderReport } from "../src/render-report.js";
import { DATA, loadValid, MINIMAL, RICH } from "./support/data-folders.js";
import {
  nodesOfType,
  parseMarkdown,
  plainText,
  section,
  sectionTable,
  walk,
} from "./support/markdown-tree.js";

interface Case {
  name: string;
  dir: string;
  options: DigestOptions & { lang: "en" | "fr" };
}

const CASES: Case[] = [
  { name: "minimal, en", dir: MINIMAL, options: { lang: "en" } },
  { name: "minimal, fr", dir: MINIMAL, options: { lang: "fr" } },
  { name: "rich, en", dir: RICH, options: { lang: "en" } },
  { name: "rich, fr", dir: RICH, options: { lang: "fr" } },
  {
    name: "rich, en, March–June 2025",
    dir: RICH,
    options: { lang: "en", from: "2025-03", to: "2025-06" },
  },
  { name: "shipped data, en", dir: DATA, options: { lang: "en" } },
  { name: "shipped data, fr", dir: DATA, options: { lang: "fr" } },
  { name: "shipped data, fr, 2025", dir: DATA, options: { lang: "fr", from: "2025", to: "2025" } },
];

const datasets = new Map<string, Dataset>();
async function render(c: Case): Promise<{ dataset: Dataset; markdown: string; tree: Root }> {
  const dataset = datasets.get(c.dir) ?? (await loadValid(c.dir));
  datasets.set(c.dir, dataset);
  const markdown = renderReport(buildDigest(dataset, c.options));
  return { dataset, markdown, tree: parseMarkdown(markdown) };
}

/** Pipes that separate cells on a table line: not escaped by an odd run of backslashes. */
const cellSeparators = (line: string) => line.match(/(?<!\\)(?:\\\\)*\|/g)?.length ?? 0;

describe.each(CASES)("the report ($name)", (c) => {
  const labels = labelsFor(c.options.lang);
  const typeset = languageModule(c.options.lang ?? "en").grammar.typeset ?? ((t: string) => t);

  it("has as many cells in every table row as in its header, in the tree and in the text", async () => {
    const { markdown, tree } = await render(c);
    const tables = nodesOfType(tree, "table") as Table[];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const lines = markdown.split("\n");
    for (const table of tables) {
      const [header, ...rows] = table.children;
      for (const row of rows) expect(row.children).toHaveLength(header?.children.length ?? -1);
      const start = (table.position?.start.line ?? 0) - 1;
      const end = table.position?.end.line ?? 0;
      const separators = lines.slice(start, end).map(cellSeparators);
      expect(new Set(separators).size).toBe(1);
    }
  });

  it("defines every footnote it refers to, once, and refers to every footnote it defines", async () => {
    const { tree } = await render(c);
    const references = new Set(nodesOfType(tree, "footnoteReference").map((n) => n.identifier));
    const definitions = nodesOfType(tree, "footnoteDefinition").map((n) => n.identifier);
    expect(definitions.length).toBeGreaterThan(0);
    expect(new Set(definitions).size).toBe(definitions.length);
    expect([...references].sort()).toEqual([...definitions].sort());
  });

  it("follows every footnote reference with the Admiralty grade of the citation", async () => {
    const { tree } = await render(c);
    for (const { node, ancestors } of walk(tree)) {
      if (node.type !== "footnoteReference") continue;
      const siblings = ancestors.at(-1)?.children ?? [];
      const next = siblings[siblings.indexOf(node) + 1];
      expect(next?.type).toBe("text");
      expect(plainText(next as never)).toMatch(/^ \([A-F][1-6]\)/);
    }
  });

  it("describes each source in its footnote: outlet, title, date, language, grade and link", async () => {
    const { dataset, tree } = await render(c);
    const digest = buildDigest(dataset, c.options);
    const names = new Intl.DisplayNames([c.options.lang], { type: "language" });
    for (const definition of nodesOfType(tree, "footnoteDefinition")) {
      const note = digest.sources.find((s) => String(s.note) === definition.identifier);
      const source = dataset.sources.find((s) => s.id === note?.id);
      expect(source).toBeDefined();
      if (source === undefined) continue;
      const text = plainText(definition);
      expect(text).toContain(typeset(source.outlet ?? labels.phrases.unnamedOutlet));
      expect(text).toContain(typeset(source.title));
      expect(text).toContain(formatDate(source.published, c.options.lang));
      expect(text).toContain(names.of(source.language));
      expect(text).toContain(` ${source.reliability} (${labels.reliability[source.reliability]})`);
      const links = nodesOfType(definition, "link").map((l) => decodeURI(l.url));
      expect(links).toEqual(source.url ? [source.url] : []);
    }
  });

  it("draws a well-formed Mermaid timeline holding every event placed in a period", async () => {
    const { dataset, tree } = await render(c);
    const blocks = nodesOfType(tree, "code").filter((n: Code) => n.lang === "mermaid");
    expect(blocks).toHaveLength(1);
    const [header, title, ...periods] = (blocks[0] as Code).value.split("\n");
    expect(header).toBe("timeline");
    expect(title).toMatch(/^ {4}title [^#;:\n]+$/);
    expect(periods.length).toBeGreaterThan(0);
    for (const line of periods) expect(line).toMatch(/^ {4}[^#;:\n]+?( : [^#;:\n]+)+$/);
    const shown = periods.flatMap((line) => line.split(" : ").slice(1));
    const placed = queryEvents(dataset, c.options).filter((e) => leadingDate(e.date).length > 4);
    for (const event of placed) {
      expect(shown).toContain(mermaidText(typeset(localize(event.title, c.options.lang))));
    }
  });

  it("lists every event of the period in the chronology, oldest first, with its date", async () => {
    const { dataset, tree } = await render(c);
    const [header, ...rows] = sectionTable(tree, labels.sections.chronology);
    expect(header?.[0]).toBe(labels.fields.date);
    const events = queryEvents(dataset, c.options);
    expect(events.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(events.length);
    events.forEach((event, i) => {
      expect(rows[i]?.[0]).toBe(typeset(formatEventDate(event.date, c.options.lang)));
      expect(rows[i]?.[1]?.startsWith(typeset(localize(event.title, c.options.lang)))).toBe(true);
    });
    // Events outside the period are left out.
    const others = dataset.events.filter((e) => !events.includes(e));
    for (const event of others) {
      expect(rows.some((r) => r[1]?.startsWith(localize(event.title, c.options.lang)))).toBe(false);
    }
  });

  it("states each judgment's likelihood and confidence in separate items", async () => {
    const { dataset, tree } = await render(c);
    const digest = buildDigest(dataset, c.options);
    const list = section(tree, labels.sections.keyJudgments).find((n) => n.type === "list");
    expect(list?.type === "list" && list.ordered).toBe(true);
    const items = list?.type === "list" ? list.children : [];
    expect(items).toHaveLength(digest.judgments.length);
    items.forEach((item, i) => {
      const judgment = digest.judgments[i];
      const facts = nodesOfType(item, "listItem").slice(1).map(plainText);
      expect(plainText(item)).toContain(judgment?.statement);
      const likelihood = facts.find((f) => f.startsWith(labels.fields.likelihood));
      const confidence = facts.find((f) => f.startsWith(labels.fields.confidence));
      expect(likelihood).toContain(judgment?.likelihood.text);
      expect(likelihood).not.toContain(judgment?.confidence.text);
      expect(confidence).toContain(judgment?.confidence.text);
    });
  });

  it("writes the TLP label exactly, at the top and at the bottom", async () => {
    const { dataset, tree } = await render(c);
    const tlp = dataset.info.tlp;
    const paragraphs = tree.children.filter((n) => n.type === "paragraph").map(plainText);
    expect(paragraphs[0]?.startsWith(`${tlp} · `)).toBe(true);
    expect(paragraphs.at(-1)?.startsWith(`${tlp} · `)).toBe(true);
  });

  it("has one section per pillar with developments, each dated", async () => {
    const { dataset, tree } = await render(c);
    const digest = buildDigest(dataset, c.options);
    const headings = section(tree, labels.sections.developments)
      .filter((n) => n.type === "heading")
      .map(plainText);
    expect(headings).toEqual(digest.pillars.map((p) => p.label));
    for (const pillar of digest.pillars) {
      const text = section(tree, labels.sections.developments).map(plainText).join("\n");
      for (const event of pillar.developments)
        expect(text).toContain(`${event.date.text} — ${event.title}`);
    }
  });

  it("lists every discrepancy with the field in the reader's words and each reading cited", async () => {
    const { dataset, tree } = await render(c);
    const digest = buildDigest(dataset, c.options);
    const list = section(tree, labels.sections.discrepancies).find((n) => n.type === "list");
    const items = list?.type === "list" ? list.children : [];
    expect(items).toHaveLength(digest.discrepancies.length);
    digest.discrepancies.forEach((d, i) => {
      const field = (labels.fields as Record<string, string>)[d.field];
      expect(field, d.field).toBeDefined();
      const [head, ...readings] = nodesOfType(items[i] as never, "paragraph").map(plainText);
      expect(head).toBe(`${d.subject} (${field}) — ${d.note}`);
      expect(readings).toHaveLength(d.claims.length);
      d.claims.forEach((claim, j) => {
        expect(readings[j]?.startsWith(`${claim.statement} [^${claim.citations[0]?.note}] (`)).toBe(
          true,
        );
      });
    });
  });

  it("gives the same bytes for the same data", async () => {
    const first = (await render(c)).markdown;
    const again = renderReport(buildDigest(await loadValid(c.dir), c.options));
    expect(again).toBe(first);
    expect(first.endsWith("\n")).toBe(true);
    expect(first).not.toMatch(/\n\n\n|[ \t]\n/);
  });
});
