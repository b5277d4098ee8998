import type { SectionId } from "../digest/sections.js";
import type { ACTOR_KINDS } from "../model/actor.js";
import type { AGREEMENT_KINDS, AGREEMENT_STATUSES } from "../model/agreement.js";
import type { EVENT_STATUSES } from "../model/event.js";
import type { EventType } from "../model/event-type.js";
import type { Confidence, Likelihood } from "../model/likelihood.js";
import type { Pillar } from "../model/pillar.js";
import type { PLACE_KINDS } from "../model/place.js";
import type { RecordKind } from "../model/record-kinds.js";
import type { TrendAlert, TrendDirection } from "../model/trend.js";
import type { Marker } from "./language-module.js";
import { type Language, languageModule } from "./registry.js";

/** A sentence in the forms a count needs, chosen with the language's plural rules. */
export interface Plural {
  one: string;
  other: string;
}

/** Every fixed word the outputs print, so that a brief or report reads natively in each language. */
export interface Labels {
  document: {
    briefTitle: string;
    reportTitle: string;
    pair: string;
    period: string;
    cutoff: string;
    /** The cut-off as a sentence: "Information cut-off: {date}", « Informations arrêtées au {date} ». */
    cutoffPhrase: string;
    generated: string;
    tlp: string;
    licence: string;
    page: string;
    /** "{page} of {pages}" */
    pageOf: string;
    contents: string;
    /** Heading of the index that lists the reports. */
    reportsIndex: string;
    /** The language's own name, e.g. "Français", for links to each language's report. */
    languageName: string;
    /** Tells a reader of the index that the reports are generated from the data. */
    reportNotice: string;
  };
  /** The heading of each section, by its id in core's one list of sections. */
  sections: Record<SectionId, string>;
  fields: {
    date: string;
    event: string;
    type: string;
    status: string;
    pillars: string;
    value: string;
    figure: string;
    scope: string;
    period: string;
    likelihood: string;
    confidence: string;
    basis: string;
    evidence: string;
    parties: string;
    signed: string;
    domains: string;
    name: string;
    kind: string;
    country: string;
    roles: string;
    events: string;
    outlet: string;
    title: string;
    author: string;
    published: string;
    language: string;
    link: string;
    reliability: string;
    grade: string;
    note: string;
    claim: string;
    sources: string;
    subject: string;
    place: string;
    /** Record fields a source discrepancy may concern, named for readers. */
    summary: string;
    actors: string;
    places: string;
    agreements: string;
  };
  phrases: {
    disputed: string;
    approximate: string;
    approximateLocation: string;
    exactLocation: string;
    /** "and {count} more in the report" */
    more: string;
    /** "{count} more", closing a shortened list. */
    moreEvents: string;
    /** Closes a pillar's latest developments when the chronology is on pages of its own. */
    earlierDevelopments: string;
    /** Opens the list of chronology pages, in a report too large for one page. */
    chronologyPages: string;
    /** The link from a chronology page back to its report. */
    backToReport: string;
    /** Before the link to the previous chronology page, and the next one. */
    previousPage: string;
    nextPage: string;
    none: string;
    noDevelopments: string;
    notShownOnMap: string;
    /** "{count} developments between {from} and {to}; the latest on {date}: {title}." */
    pillarSummary: string;
    pillarSummaryOne: string;
    eventsCount: string;
    unplacedEvents: Plural;
    judgmentsDisclaimer: string;
    gradesExplained: string;
    translation: string;
    approximately: string;
    /** A title quoted in running text, with the language's quotation marks. */
    quoted: string;
    /** Stands for the outlet of a source whose page names none. */
    unnamedOutlet: string;
    /** Beside an endnote whose source is no longer in the data (cited by a withdrawn record). */
    sourceWithdrawn: string;
    from: string;
    until: string;
    /** An event dated only to its year, in a list of dated items: "{year}, month not given". */
    yearOnly: string;
    /** A field name and its value, with the language's punctuation: "{label}: {value}". */
    labelled: string;
    /** A "no later than" date: {date} as in a table ("7 February 2025"), {phrase} as in a sentence ("le 7 février 2025"). */
    reportedBy: string;
    /** Marks a statement that none of the cited sources makes; {note} says where it comes from. */
    outsideSources: string;
  };
  /** Sentences about what the data leaves thin, in singular and plural. */
  gaps: {
    singleSource: Plural;
    coarseDates: Plural;
    approximatePlaces: Plural;
    weakSources: Plural;
    /** Sources graded F: their reliability cannot be judged (not "below C"). */
    unjudgedSources: Plural;
    /** Disputes whose readings come from two or more sources. */
    disputes: Plural;
    /** Disputes whose readings all come from one source: an ambiguity, not a disagreement. */
    ambiguities: Plural;
    untranslated: string;
  };
  /** The validator's words around its problems (each problem's own words are `problems`). */
  validation: {
    errors: Plural;
    warnings: Plural;
    /** "✓ {dir} is valid: {records} records, {counts}" */
    valid: string;
    /** "✗ {dir} is invalid: {counts}" */
    invalid: string;
    strictNote: string;
    /** "expected {expected}", under a problem. */
    expected: string;
  };
  /** What changed since the last edition (`--since`), and the edition's own line. */
  edition: {
    /** Caption of a key judgment's change: "Since the last edition". */
    change: string;
    /** "Compared with {ref} ({commit}, {date})" */
    comparedWith: string;
    /** "Data at commit {commit}" */
    dataCommit: string;
    /** "Nothing has changed since {ref} ({date})." */
    unchanged: string;
    /** "Since {ref}: {counts}." */
    summary: string;
    added: Plural;
    withdrawn: Plural;
    changed: Plural;
    /** Sub-headings of the section. */
    judgmentChanges: string;
    addedHeading: string;
    withdrawnHeading: string;
    changedHeading: string;
    /** A judgment's change: new, withdrawn, unchanged, reworded. */
    judgmentNew: string;
    judgmentWithdrawn: string;
    judgmentUnchanged: string;
    judgmentReworded: string;
    /** "likelihood raised from {from} to {to}" */
    /** A field's old and new value, e.g. "date (was 5 February, now 7 February 2025)". */
    fieldChanged: string;
    likelihoodRaised: string;
    likelihoodLowered: string;
    confidenceRaised: string;
    confidenceLowered: string;
    /** What changed in a record, by field. */
    fields: {
      date: string;
      status: string;
      value: string;
      unit: string;
      reliability: string;
      citationsAdded: Plural;
      citationsRemoved: Plural;
      disputesOpened: Plural;
      disputesSettled: Plural;
      wording: string;
    };
    /** What a record is, in the lists of the section. */
    kinds: Record<RecordKind, string>;
  };
  /** CrisisWatch-style trends per pillar. */
  trends: {
    directions: Record<TrendDirection, string>;
    alerts: Record<TrendAlert, string>;
    /** Marks a trend that is the analyst's reading, not a sourced fact. */
    analystJudgment: string;
    /** "{direction} {phrase}": "Deteriorated in February 2025" ({period}: "February 2025"). */
    over: string;
  };
  /** Words set in parentheses after what they qualify; the grammar makes them agree. */
  markers: Record<Marker, string>;
  pillars: Record<Pillar, string>;
  likelihood: Record<Likelihood, string>;
  confidence: Record<Confidence, string>;
  reliability: Record<"A" | "B" | "C" | "D" | "E" | "F", string>;
  credibility: Record<"1" | "2" | "3" | "4" | "5" | "6", string>;
  eventTypes: Record<EventType, string>;
  eventStatuses: Record<(typeof EVENT_STATUSES)[number], string>;
  agreementKinds: Record<(typeof AGREEMENT_KINDS)[number], string>;
  agreementStatuses: Record<(typeof AGREEMENT_STATUSES)[number], string>;
  actorKinds: Record<(typeof ACTOR_KINDS)[number], string>;
  placeKinds: Record<(typeof PLACE_KINDS)[number], string>;
  units: {
    km: string;
    percent: string;
    XOF: string;
    USD: string;
    EUR: string;
    persons: string;
    soldiers: string;
    deaths: string;
    count: string;
    days: string;
    thousand: string;
    million: string;
    billion: string;
  };
  /** Month names, January first. */
  months: [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
}

/** The labels of one language. */
export function labelsFor(lang: Language): Labels {
  return languageModule(lang).labels;
}

/** The form of a sentence that agrees with `count`, its placeholders filled. */
export function fillPlural(
  lang: Language,
  forms: Plural,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const rules = new Intl.PluralRules(languageModule(lang).locale);
  const form = rules.select(count) === "one" ? forms.one : forms.other;
  return fill(form, { count, ...values });
}

/** Fills `{name}` placeholders of a label. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
