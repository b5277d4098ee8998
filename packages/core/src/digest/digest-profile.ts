import { SECTIONS, type SectionId } from "./sections.js";

/**
 * What an output shows, so that the period summary builds (and numbers sources for) that alone:
 * its sections, and how much of the longer ones. A brief summarises; a report shows everything.
 */
export interface DigestProfile {
  /** The sections shown; they come out in the order of `SECTIONS` whatever the order here. */
  sections: readonly SectionId[];
  /** Most recent developments shown per pillar; all when absent. */
  maxDevelopments?: number;
  /** Discrepancies listed; all when absent. */
  maxDiscrepancies?: number;
  /** Records listed under each of new, withdrawn and changed since the last edition; all when absent. */
  maxChanges?: number;
}

/** Every section, in full: what `buildDigest` gives when no profile is asked for. */
export const FULL_PROFILE: DigestProfile = { sections: SECTIONS };
