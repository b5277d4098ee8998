/**
 * Every section an output may show, in reading order. The one list the brief's document, the
 * report's template and its table of contents follow; each output's profile says which it shows.
 * Each id is also the key of the section's heading in `labels.sections`.
 */
export const SECTIONS = [
  "keyJudgments",
  /** What changed since the edition compared with (`--since`): shown only when there is one. */
  "changes",
  /** Key figures as cards, with counts of what the document rests on. */
  "atAGlance",
  /** Every figure of the period, as a table. */
  "keyFigures",
  "map",
  "chart",
  "timeline",
  /** One sub-section per pillar: its summary and latest developments. */
  "developments",
  "chronology",
  "agreements",
  "actors",
  "discrepancies",
  "gaps",
  /** The cited sources, numbered as a reader first meets them. */
  "sources",
  "method",
] as const;

export type SectionId = (typeof SECTIONS)[number];
