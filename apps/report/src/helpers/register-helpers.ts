import { fill, type Labels } from "@bilat/core";
import type Handlebars from "handlebars";
import type { HelperDelegate, HelperOptions } from "handlebars";
import { sectionPartial } from "../section-partial.js";
import { headingAnchor } from "./anchor.js";
import { cite } from "./cite.js";
import { escapeCell, escapeMarkdown } from "./escape-markdown.js";
import { angleLink } from "./link.js";
import { mermaidText } from "./mermaid-text.js";
import { outsideMarks } from "./outside.js";
import { timelinePeriods } from "./timeline-periods.js";

const text = (value: unknown) => (value == null ? "" : String(value));

/**
 * The helpers templates may use. Data reaches the output only through `md`, `cell`,
 * `mermaidText` or `url`, which escape it for where it lands (templates compile with
 * `noEscape`, so a bare `{{field}}` is written as is: keep it for labels and codes).
 */
export function registerHelpers(hb: typeof Handlebars): void {
  const helpers = {
    /** Inline Markdown text: `{{md title}}`. */
    md: (value: unknown) => escapeMarkdown(text(value)),
    /** A table cell; a list is joined with commas, nothing shows as a dash: `{{cell actors}}`. */
    cell: (value: unknown) => escapeCell(value),
    /** Footnote references with grades: `{{cite citations}}` → `[^1] (B2)`. */
    cite,
    /** Marks of outside information: `{{outside outside}}`, `{{outside outside cell=true}}` in a table. */
    outside: (marks: unknown, options: HelperOptions) =>
      outsideMarks(marks as Parameters<typeof outsideMarks>[0], options.hash?.cell === true),
    /** Text inside a Mermaid block: `{{mermaidText title}}`. */
    mermaidText: (value: unknown) => mermaidText(text(value)),
    /** A link for `<…>` or `](…)`: `{{url url}}`. */
    url: (value: unknown) => angleLink(text(value)),
    /** The fragment of a heading, for a table of contents: `{{anchor labels.sections.actors}}`. */
    anchor: (value: unknown) => headingAnchor(text(value)),
    /** Joins a list: `{{join roles "; "}}` (escape the result with `md` or `cell`). */
    join: (list: unknown, separator: unknown) =>
      Array.isArray(list)
        ? list.map(text).join(typeof separator === "string" ? separator : ", ")
        : text(list),
    /** Fills a label's `{placeholders}`: `{{fill labels.phrases.moreEvents count=3}}`. */
    fill: (template: unknown, options: HelperOptions) => fill(text(template), options.hash),
    /** A field name followed by the language's colon: `{{label labels.fields.basis}}` → `Basis:`. */
    label: (name: unknown, options: HelperOptions) => {
      const labels = (options.data.root as { labels: Labels }).labels;
      return escapeMarkdown(fill(labels.phrases.labelled, { label: text(name), value: "" }));
    },
    /** The timeline's periods with their event titles: `{{#each (timelinePeriods timeline chronology 240)}}`. */
    timelinePeriods,
    /** The partial of a section: `{{> (sectionPartial id) @root}}`. */
    sectionPartial: (id: unknown) => sectionPartial(text(id)),
    /** Equality, for conditions such as `{{#unless (eq status.code "occurred")}}`. */
    eq: (a: unknown, b: unknown) => a === b,
  };
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as HelperDelegate);
}
