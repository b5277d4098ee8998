import { describe, expect, it } from "vitest";
import { headingAnchor } from "../src/helpers/anchor.js";
import { cite } from "../src/helpers/cite.js";
import { escapeCell, escapeMarkdown, foldLines } from "../src/helpers/escape-markdown.js";
import { angleLink } from "../src/helpers/link.js";
import { mermaidText } from "../src/helpers/mermaid-text.js";
import { timelinePeriods } from "../src/helpers/timeline-periods.js";
import { nodesOfType, parseMarkdown, plainText } from "./support/markdown-tree.js";

describe("escapeMarkdown", () => {
  it.each([
    ["plain words", "plain words"],
    ["a | b", "a \\| b"],
    ["*bold* _it_", "\\*bold\\* \\_it\\_"],
    ["<script>x</script>", "\\<script\\>x\\</script\\>"],
    ["[x](y)", "\\[x\\](y)"],
    ["{{foo}}", "\\{\\{foo\\}\\}"],
    ["Mali's", "Mali's"],
    ["C:\\path", "C:\\\\path"],
    ["# not a heading", "\\# not a heading"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["50.5%", "50.5%"],
    ["-5 degrees", "-5 degrees"],
    ["--- a rule", "\\--- a rule"],
    ["R&D &amp; co", "R&D \\&amp; co"],
    ["two\nlines\r\n and\ttab", "two lines and tab"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    "a | b",
    "*x* _y_ **z** ~~s~~",
    "<b>bold</b> <!-- c -->",
    "[x](y) ![i](j) [^1]",
    "`code` $math$ \\",
    "# h",
    "> q",
    "+ l",
    "10) l",
    "&copy; &#169;",
  ])("reads back as the same text in a paragraph and a table cell: %j", (input) => {
    const paragraph = parseMarkdown(escapeMarkdown(input));
    expect(plainText(paragraph)).toBe(input);
    expect(paragraph.children.map((n) => n.type)).toEqual(["paragraph"]);
    const table = parseMarkdown(`| h |\n| --- |\n| ${escapeCell(input)} |\n`);
    expect(plainText(table)).toBe(`h${input}`);
  });

  it.each(["*x*", "“Quoted”", "(a)", "_", "a\\", "`", "[^1]", "x |", "- y", "**", "~~a~~"])(
    "stays whole inside the report's own bold: %j",
    (input) => {
      const tree = parseMarkdown(`- **${escapeMarkdown(input)}** — rest`);
      expect(nodesOfType(tree, "strong").map(plainText)).toEqual([input]);
    },
  );

  it("folds line breaks, so text never leaves its line", () => {
    expect(foldLines("a\n\n  b \r\n c")).toBe("a b c");
  });
});

describe("escapeCell", () => {
  it.each([
    [undefined, "—"],
    ["", "—"],
    [["Senegal", "Mali"], "Senegal, Mali"],
    [[], "—"],
    [42, "42"],
    ["a|b", "a\\|b"],
  ])("%j → %j", (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });
});

describe("mermaidText", () => {
  it.each([
    ["Summit: day 1; day 2", "Summit∶ day 1, day 2"],
    ["#1 %% not a comment", "＃1 % % not a comment"],
    ["<script>", "‹script›"],
    ["two\nlines", "two lines"],
  ])("%j → %j", (input, expected) => {
    expect(mermaidText(input)).toBe(expected);
  });
});

describe("cite", () => {
  const c = (note: number, grade: string) => ({
    note,
    grade,
    sourceId: `s${note}`,
    excerpt: "x",
    translation: undefined,
  });
  it("writes footnote references with grades, each once", () => {
    expect(cite([c(1, "B2"), c(3, "C3"), c(1, "B2"), c(1, "B3")])).toBe(
      "[^1] (B2) [^3] (C3) [^1] (B3)",
    );
    expect(cite([])).toBe("");
  });
});

describe("angleLink", () => {
  it("keeps a hostile address inside one link", () => {
    const link = angleLink("https://example.org/a b>c<d");
    expect(link).toBe("<https://example.org/a%20b%3Ec%3Cd>");
    const tree = parseMarkdown(`see ${link}`);
    expect(plainText(tree)).toBe("see https://example.org/a%20b%3Ec%3Cd");
  });
});

describe("headingAnchor", () => {
  it.each([
    ["Key judgments", "#key-judgments"],
    ["Évolutions par pilier", "#évolutions-par-pilier"],
    ["Sources & notes (2025)", "#sources--notes-2025"],
  ])("%j → %j", (input, expected) => {
    expect(headingAnchor(input)).toBe(expected);
  });
});

describe("timelinePeriods", () => {
  const event = (iso: string, title: string) => ({ date: { iso }, title }) as never;
  const timeline = {
    granularity: "month" as const,
    periods: [
      { key: "2025-01", text: "January 2025" },
      { key: "2025-02", text: "February 2025" },
      { key: "2025-03", text: "March 2025" },
    ],
    buckets: [],
    unplaced: 1,
    unplacedNote: "1 event dated only to the year is not shown.",
  };
  const chronology = [
    event("2025", "Year only"),
    event("2025-01-03", "A"),
    ...Array.from({ length: 7 }, (_, i) => event(`2025-03-0${i + 1}/2025-03-09`, `M${i}`)),
  ];

  it("groups titles by the period their first day falls in, leaving out empty periods", () => {
    expect(timelinePeriods(timeline, chronology, 100)).toEqual([
      { text: "January 2025", titles: ["A"], more: 0 },
      { text: "March 2025", titles: ["M0", "M1", "M2", "M3", "M4", "M5", "M6"], more: 0 },
    ]);
  });

  it("shares the budget of titles between periods and counts the rest", () => {
    const periods = timelinePeriods(timeline, chronology, 8);
    expect(periods[1]).toEqual({ text: "March 2025", titles: ["M0", "M1", "M2", "M3"], more: 3 });
  });
});
