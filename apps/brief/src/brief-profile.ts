import type { DigestProfile, SectionId } from "@bilat/core";

/** The sections a brief lays out (in the order of core's `SECTIONS`), one layout module each. */
export const BRIEF_SECTIONS = [
  "keyJudgments",
  "changes",
  "atAGlance",
  "map",
  "chart",
  "developments",
  "discrepancies",
  "gaps",
  "sources",
  "method",
] as const satisfies readonly SectionId[];

export type BriefSection = (typeof BRIEF_SECTIONS)[number];

/**
 * What a brief shows: a brief summarises, so its length and cost barely grow with the data. It
 * shows the most recent developments of each pillar and the first discrepancies, then says how
 * many more the full report holds.
 */
export const BRIEF_PROFILE: DigestProfile = {
  sections: BRIEF_SECTIONS,
  maxDevelopments: 6,
  maxDiscrepancies: 20,
  // "What changed" stays within a page: the most important few of each list.
  maxChanges: 4,
};
