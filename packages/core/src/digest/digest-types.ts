import type { Labels } from "../i18n/labels.js";
import type { Language } from "../i18n/registry.js";
import type { Confidence, Likelihood } from "../model/likelihood.js";
import type { DatePrecision } from "../model/partial-date.js";
import type { Pillar } from "../model/pillar.js";
import type { Tlp } from "../model/tlp.js";
import type { DigestChanges, DigestTrend } from "./digest-edition-types.js";
import type { SectionId } from "./sections.js";

/**
 * The period summary: everything a brief or a report shows, already selected, ordered, localised
 * and formatted for one language. Both outputs only lay it out; neither reads the dataset.
 * All text fields are plain text (no markup); each output escapes them for its own format.
 * Only the sections of the profile it was built for are filled; the other parts are empty.
 */
export interface Digest {
  lang: Language;
  /** Every fixed word of the outputs (headings, table headers, legends) in this language. */
  labels: Labels;
  /** The sections to show, in reading order, with their headings: what an output lays out. */
  sections: DigestSection[];
  meta: DigestMeta;
  judgments: DigestJudgment[];
  /** What changed since the edition compared with; undefined without `--since`. */
  changes: DigestChanges | undefined;
  /** Each pillar's recorded trend for the period (pillars without one are left out). */
  trends: DigestTrend[];
  /** Indicators marked `key`, for "at a glance". */
  keyFigures: DigestFigure[];
  /** Every indicator in the period. */
  figures: DigestFigure[];
  /** One section per selected pillar that has developments, in the canonical pillar order. */
  pillars: DigestPillar[];
  /** Every event of the period, oldest first. */
  chronology: DigestEvent[];
  agreements: DigestAgreement[];
  actors: DigestActor[];
  places: DigestPlace[];
  discrepancies: DigestDiscrepancy[];
  /** Intelligence gaps: what the sources leave unknown or weakly supported. */
  gaps: string[];
  /** Events per period and pillar, for a chart or a timeline. */
  timeline: DigestTimeline;
  /** Every source the shown sections cite, numbered in the order a reader first meets them. */
  sources: DigestSource[];
}

export interface DigestMeta {
  datasetId: string;
  title: string;
  /** The pair as readers name it, e.g. "Senegal–Mali". */
  pair: string;
  dyad: { code: string; name: string }[];
  period: { from: string; to: string; text: string };
  /** Information cut-off, e.g. "10 February 2025". */
  /** `phrase`: the cut-off as a sentence, for a line of its own. */
  cutoff: { iso: string; text: string; phrase: string };
  tlp: Tlp;
  /** TLP 2.0 text colour, shown on black. */
  tlpColour: string;
  licence: string;
  /** Pillars selected for this digest, with their labels. */
  pillars: { pillar: Pillar; label: string }[];
  /** When the document was produced (from SOURCE_DATE_EPOCH when set), formatted. */
  generated: { iso: string; text: string };
  /**
   * The edition: the data's commit ("Data at commit abc1234") and the revision compared with
   * ("Compared with edition-1 (def5678, 10 February 2025)"), each when known.
   */
  edition: {
    commit: string | undefined;
    dataCommit: string | undefined;
    comparedWith: string | undefined;
  };
  /**
   * How many events, sources, figures, agreements and discrepancies the period holds, shown or
   * not (a brief lists some discrepancies and says how many more there are).
   */
  counts: {
    events: number;
    sources: number;
    figures: number;
    agreements: number;
    discrepancies: number;
  };
  /** Marks of outside information on dataset.yaml, apart from the pillar assessments. */
  outside: DigestOutside[];
}

/** A section to show: its id (see `SECTIONS`), its heading, and its sub-sections (pillars). */
export interface DigestSection {
  id: SectionId;
  title: string;
  children: { id: string; title: string }[];
}

/** A numbered reference to a source, with the credibility of this particular piece of information. */
export interface DigestCitation {
  /** The endnote number of the source. */
  note: number;
  sourceId: string;
  /** Admiralty code, e.g. "B2" (source reliability + information credibility). */
  grade: string;
  excerpt: string;
  /** The excerpt in the digest's language, when the source is in another. */
  translation: string | undefined;
}

export interface DigestDate {
  iso: string;
  /** First day the date covers, YYYY-MM-DD, for sorting. */
  sortKey: string;
  text: string;
  precision: DatePrecision;
}

export interface DigestJudgment {
  id: string;
  statement: string;
  likelihood: { term: Likelihood; text: string; range: string };
  confidence: { level: Confidence; text: string };
  basis: string | undefined;
  evidence: { id: string; title: string }[];
  /** Sources behind the evidence. */
  citations: DigestCitation[];
  /** Statements not from the cited sources, with where they come from (see DigestOutside). */
  outside: DigestOutside[];
  /** Its change since the edition compared with (`--since`): "new", "likelihood lowered…". */
  change: { kind: "new" | "changed" | "unchanged"; text: string } | undefined;
}

export interface DigestFigure {
  id: string;
  name: string;
  /** Formatted value with unit, e.g. "1 404,5 milliards de FCFA". */
  value: string;
  period: string | undefined;
  scope: string;
  approximate: boolean;
  disputed: boolean;
  citations: DigestCitation[];
  /** Statements not from the cited sources, with where they come from (see DigestOutside). */
  outside: DigestOutside[];
}

export interface DigestEvent {
  id: string;
  date: DigestDate;
  title: string;
  summary: string;
  /**
   * The event type, and `withStatus`: the type followed by the status when it is not "occurred",
   * the status agreeing with the type (« Coopération militaire (prévue) »).
   */
  type: { code: string; text: string; withStatus: string };
  status: { code: string; text: string };
  pillars: { pillar: Pillar; label: string }[];
  actors: string[];
  places: string[];
  /** True when sources disagree on something about this event (see discrepancies). */
  disputed: boolean;
  citations: DigestCitation[];
  /** Statements not from the cited sources, with where they come from (see DigestOutside). */
  outside: DigestOutside[];
}

export interface DigestPillar {
  pillar: Pillar;
  label: string;
  /** The pillar's trend for the period, when the analyst recorded one. */
  trend: DigestTrend | undefined;
  /** One sentence opening the section. */
  summary: string;
  /** Developments oldest first: the most recent `maxDevelopments` of the profile. */
  developments: DigestEvent[];
  /** How many developments the period holds in all (more than shown when truncated). */
  total: number;
  /** Statements not from the cited sources, with where they come from (see DigestOutside). */
  outside: DigestOutside[];
}

export interface DigestAgreement {
  id: string;
  title: string;
  kind: string;
  signed: string | undefined;
  parties: string[];
  domains: string[];
  status: string;
  summary: string;
  disputed: boolean;
  citations: DigestCitation[];
  /** Statements not from the cited sources, with where they come from (see DigestOutside). */
  outside: DigestOutside[];
}

export interface DigestActor {
  id: string;
  name: string;
  kind: string;
  country: string | undefined;
  /** Roles as text, e.g. "Minister of the Armed Forces (from April 2024)". */
  roles: string[];
  /** Number of events of the period the actor takes part in. */
  events: number;
  /** Statements not from the cited sources, with where they come from (see DigestOutside). */
  outside: DigestOutside[];
}

export interface DigestPlace {
  id: string;
  name: string;
  kind: string;
  lat: number;
  lon: number;
  approximate: boolean;
  /** Number of events of the period at this place. */
  events: number;
  /** Statements not from the cited sources, with where they come from (see DigestOutside). */
  outside: DigestOutside[];
}

export interface DigestDiscrepancy {
  recordId: string;
  /** Title of the event, agreement or figure concerned. */
  subject: string;
  field: string;
  note: string;
  claims: { statement: string; citations: DigestCitation[] }[];
}

export interface DigestTimeline {
  granularity: "month" | "year";
  /** Every period from the first to the last, with zero counts kept, e.g. "2025-02". */
  periods: { key: string; text: string }[];
  buckets: { period: string; pillar: Pillar; count: number }[];
  /** Events whose date is too coarse for the granularity (e.g. known only to the year). */
  unplaced: number;
  /** A sentence saying how many events the timeline leaves out, when it leaves some out. */
  unplacedNote: string | undefined;
}

export interface DigestSource {
  note: number;
  id: string;
  outlet: string;
  title: string;
  author: string | undefined;
  published: string;
  /** Language name in the digest's language, e.g. "French" or "français". */
  language: string;
  /** The source's language as a BCP 47 tag, e.g. "fr" (for the language of its quoted title). */
  lang: string;
  url: string | undefined;
  reliability: { grade: string; text: string };
  reliabilityNote: string;
  /** Set when the source left the data since the earlier edition, cited by a withdrawn record. */
  withdrawn: string | undefined;
  /** Statements not from the cited sources, with where they come from (see DigestOutside). */
  outside: DigestOutside[];
}

/**
 * A statement that none of the cited sources makes: `text` is what an output prints next to it
 * ("Not from the cited sources: ECOWAS communiqué"), `field` the record's field it marks (none for
 * the whole record).
 */
export interface DigestOutside {
  field: string | undefined;
  note: string;
  text: string;
}
