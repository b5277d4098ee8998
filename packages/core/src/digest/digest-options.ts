import type { Revision } from "../edition/read-revision.js";
import type { Language } from "../i18n/registry.js";
import type { PartialDate } from "../model/partial-date.js";
import type { Pillar } from "../model/pillar.js";
import type { Tlp } from "../model/tlp.js";
import type { EditionComparison } from "./digest-edition-types.js";
import type { DigestProfile } from "./digest-profile.js";

export interface DigestOptions {
  /** Output language; English by default. */
  lang?: Language;
  /** Period to cover; the dataset's coverage by default. */
  from?: PartialDate;
  to?: PartialDate;
  /** Pillars to cover; all five by default. */
  pillars?: readonly Pillar[];
  /** Sharing label; the dataset's own by default. */
  tlp?: Tlp;
  /** What the output shows (sections, how many developments and discrepancies); all by default. */
  profile?: DigestProfile;
  /** Date the document is produced on, YYYY-MM-DD; the information cut-off by default. */
  generated?: string;
  /** The earlier edition to say what changed since (`--since`): the "changes" section. */
  since?: EditionComparison;
  /** The revision the data is at, named in the title block and the PDF's metadata. */
  revision?: Revision;
}

/**
 * The production date for reproducible outputs: SOURCE_DATE_EPOCH (seconds since 1970) when set,
 * otherwise the given fallback (the information cut-off), never the clock.
 */
export function documentDate(fallback: string, sourceDateEpoch: string | undefined): string {
  if (sourceDateEpoch === undefined || !/^\d+$/.test(sourceDateEpoch.trim())) return fallback;
  return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
}
