import type { DigestProfile, SectionId } from "@bilat/core";

/** The sections a report lays out, one partial each (`templates/partials/<section-id>.hbs`). */
export const REPORT_SECTIONS = [
  "keyJudgments",
  "changes",
  "keyFigures",
  "map",
  "timeline",
  "developments",
  "chronology",
  "agreements",
  "actors",
  "discrepancies",
  "gaps",
  "sources",
] as const satisfies readonly SectionId[];

/** What a report shows: every section it has, each in full. */
export const REPORT_PROFILE: DigestProfile = { sections: REPORT_SECTIONS };
