import type { DatasetChanges } from "../edition/compare-datasets.js";
import type { Revision } from "../edition/read-revision.js";
import type { Pillar } from "../model/pillar.js";
import type { TrendAlert, TrendDirection } from "../model/trend.js";
import type { DigestCitation } from "./digest-types.js";

/** The earlier edition an output is compared with, and what changed since (`--since`). */
export interface EditionComparison {
  revision: Revision;
  changes: DatasetChanges;
}

/** One record in the lists of "What changed since the last edition". */
export interface DigestChangeItem {
  id: string;
  /** What the record is: "Event", "Figure"… */
  kind: string;
  /** Its title or name as a reader knows it (the last wording, for a withdrawn record). */
  title: string;
  /** Its date, when it has one. */
  date: string | undefined;
  /** For a changed record: what changed, e.g. "date, 1 citation added". */
  what: string | undefined;
  /** Its citations: the current ones, or for a withdrawn record the last it had. */
  citations: DigestCitation[];
}

/** "What changed since the last edition", ready to lay out. */
export interface DigestChanges {
  since: { ref: string; commit: string; date: string };
  /** True when nothing at all differs: outputs say so in one line. */
  unchanged: boolean;
  /** The one-line summary: "Since edition-1 (10 February 2025): 2 records added, 1 withdrawn." */
  summary: string;
  /** Every key judgment that is new, changed or withdrawn, with its change in words. */
  judgments: { id: string; statement: string; change: string }[];
  added: DigestChangeItem[];
  withdrawn: DigestChangeItem[];
  changed: DigestChangeItem[];
  /** How many of each there are in all (a brief shows the most important few). */
  totals: { added: number; withdrawn: number; changed: number };
}

/** A pillar's CrisisWatch-style trend for the period. */
export interface DigestTrend {
  pillar: Pillar;
  pillarLabel: string;
  direction: TrendDirection;
  /** "+" improved, "-" deteriorated, "=" unchanged. */
  arrow: string;
  /** "Deteriorated in February 2025" */
  text: string;
  /** The same after its pillar, with the language's punctuation: "Security: Deteriorated in …". */
  labelled: string;
  alert: { code: TrendAlert; text: string } | undefined;
  reason: string;
  /** True when the trend is the analyst's reading; shown as such. */
  analystJudgment: boolean;
  citations: DigestCitation[];
}
