import type { Dataset } from "../dataset.js";
import { formatDate, formatDatePhrase } from "../i18n/format-date.js";
import { formatNumber, formatValue } from "../i18n/format-number.js";
import { fill, labelsFor } from "../i18n/labels.js";
import { localize, localizeOptional } from "../i18n/localize.js";
import type { Agreement } from "../model/agreement.js";
import type { Citation } from "../model/citation.js";
import type { Dispute } from "../model/dispute.js";
import type { Event } from "../model/event.js";
import type { Indicator } from "../model/indicator.js";
import { LIKELIHOOD_RANGES } from "../model/likelihood.js";
import type { LocalizedText } from "../model/localized-text.js";
import { dateBounds, precisionOf } from "../model/partial-date.js";
import { PILLARS, type Pillar } from "../model/pillar.js";
import type { Source } from "../model/source.js";
import { TLP_COLOURS } from "../model/tlp.js";
import { chronology, matchesEvent, overlapsPeriod } from "../query/event-filter.js";
import { buildGaps } from "./build-gaps.js";
import { buildTimeline } from "./build-timeline.js";
import { CitationNotes } from "./citation-notes.js";
import type { DigestOptions } from "./digest-options.js";
import type {
  Digest,
  DigestCitation,
  DigestDiscrepancy,
  DigestEvent,
  DigestFigure,
} from "./digest-types.js";

/**
 * Builds the period summary both outputs render: selects what falls in the period and pillars,
 * orders it, formats dates and numbers for the language and numbers the sources in order of
 * first citation (judgments, key figures, pillar sections, discrepancies, then the rest).
 */
export function buildDigest(dataset: Dataset, options: DigestOptions = {}): Digest {
  const lang = options.lang ?? "en";
  const labels = labelsFor(lang);
  const info = dataset.info;
  const from = options.from ?? info.coverage.from;
  const to = options.to ?? info.coverage.to;
  const pillars = PILLARS.filter((p) => (options.pillars ?? PILLARS).includes(p));
  const tlp = options.tlp ?? info.tlp;
  const notes = new CitationNotes(dataset.sources, lang);
  const text = (t: Parameters<typeof localize>[0]) => localize(t, lang);
  /** What a reader calls a record: a name, a title, or for a source its outlet and title. */
  const nameOf = (id: string) => {
    const entry = dataset.byId.get(id);
    if (entry === undefined) return id;
    if (entry.kind === "source") {
      const source = entry.record as Source;
      return `${source.outlet ?? labels.phrases.unnamedOutlet}, “${source.title}”`;
    }
    const record = entry.record as { name?: LocalizedText; title?: LocalizedText };
    const t = record.name ?? record.title;
    return t ? text(t) : id;
  };
  const pillarLabels = (ps: readonly Pillar[]) =>
    ps.map((pillar) => ({ pillar, label: labels.pillars[pillar] }));

  const events = chronology(dataset.events.filter((e) => matchesEvent(e, { from, to, pillars })));
  const indicators = dataset.indicators.filter(
    (i) =>
      i.pillars.some((p) => pillars.includes(p)) &&
      (i.period === undefined || overlapsPeriod(i.period, from, to)),
  );
  const agreements = dataset.agreements.filter(
    (a) =>
      a.domains.some((d) => pillars.includes(d)) &&
      ((a.signed !== undefined && overlapsPeriod(a.signed, from, to)) ||
        events.some((e) => e.agreements?.includes(a.id))),
  );
  const judgments = dataset.judgments.filter(
    (j) => j.pillars === undefined || j.pillars.some((p) => pillars.includes(p)),
  );

  const citationsOf = (id: string): Citation[] => {
    const record = dataset.byId.get(id);
    if (record === undefined) return [];
    if (record.kind === "source") return [];
    return (record.record as { citations?: Citation[] }).citations ?? [];
  };

  // Numbered first: judgments, key figures, pillar sections, discrepancies.
  const digestJudgments = judgments.map((j) => ({
    id: j.id,
    statement: text(j.statement),
    likelihood: {
      term: j.likelihood,
      text: labels.likelihood[j.likelihood],
      range: `${LIKELIHOOD_RANGES[j.likelihood][0]}–${LIKELIHOOD_RANGES[j.likelihood][1]}${lang === "fr" ? "\u00a0" : ""}%`,
    },
    confidence: { level: j.confidence, text: labels.confidence[j.confidence] },
    basis: localizeOptional(j.basis, lang),
    evidence: j.evidence.map((id) => ({ id, title: nameOf(id) })),
    citations: dedupeNotes(notes.cite(j.evidence.flatMap(citationsOf))),
  }));

  const figure = (i: Indicator): DigestFigure => ({
    id: i.id,
    name: text(i.name),
    value: formatValue(i.value, i.unit, lang, i.approximate),
    period: i.period === undefined ? undefined : formatDate(i.period, lang),
    scope: text(i.scope),
    approximate: i.approximate,
    disputed: (i.disputes?.length ?? 0) > 0,
    citations: notes.cite(i.citations),
  });
  const keyFigures = indicators.filter((i) => i.key).map(figure);

  const digestEvent = (e: Event): DigestEvent => ({
    id: e.id,
    date: {
      iso: typeof e.date === "string" ? e.date : `${e.date.from}/${e.date.to}`,
      sortKey: dateBounds(e.date).start,
      text: formatDate(e.date, lang),
      precision: precisionOf(e.date),
    },
    title: text(e.title),
    summary: text(e.summary),
    type: { code: e.type, text: labels.eventTypes[e.type] },
    status: { code: e.status, text: labels.eventStatuses[e.status] },
    pillars: pillarLabels(e.pillars),
    actors: e.actors.map((a) => nameOf(a.actor)),
    places: e.places.map(nameOf),
    disputed: (e.disputes?.length ?? 0) > 0,
    citations: notes.cite(e.citations),
  });

  const digestPillars = pillars.flatMap((pillar) => {
    const all = events.filter((e) => e.pillars.includes(pillar));
    if (all.length === 0) return [];
    const shown = options.maxDevelopments === undefined ? all : all.slice(-options.maxDevelopments);
    const latest = all.at(-1) as Event;
    const assessment = info.assessments?.[pillar];
    const summary = assessment
      ? text(assessment)
      : all.length === 1
        ? fill(labels.phrases.pillarSummaryOne, {
            when: formatDatePhrase(latest.date, lang),
            title: text(latest.title),
          })
        : fill(labels.phrases.pillarSummary, {
            count: formatNumber(all.length, lang),
            period: formatDatePhrase(
              { from: startOf((all[0] as Event).date), to: startOf(latest.date) },
              lang,
            ),
            when: formatDatePhrase(latest.date, lang),
            title: text(latest.title),
          });
    return [
      {
        pillar,
        label: labels.pillars[pillar],
        summary,
        developments: shown.map(digestEvent),
        total: all.length,
      },
    ];
  });

  const citedHere = new Set(
    [...events, ...agreements, ...indicators].flatMap((r) => r.citations.map((c) => c.source)),
  );
  const disputedSources = dataset.sources.filter((s) => citedHere.has(s.id) && s.disputes?.length);
  const disputed: { subject: string; disputes: Dispute[] }[] = [
    ...disputedSources.map((s) => ({ subject: nameOf(s.id), disputes: s.disputes ?? [] })),
    ...events.map((e) => ({ subject: text(e.title), disputes: e.disputes ?? [] })),
    ...agreements.map((a) => ({ subject: text(a.title), disputes: a.disputes ?? [] })),
    ...indicators.map((i) => ({ subject: text(i.name), disputes: i.disputes ?? [] })),
  ];
  const recordIds = [
    ...disputedSources.map((s) => s.id),
    ...events.map((e) => e.id),
    ...agreements.map((a) => a.id),
    ...indicators.map((i) => i.id),
  ];
  const discrepancies: DigestDiscrepancy[] = disputed.flatMap(({ subject, disputes }, index) =>
    disputes.map((d) => ({
      recordId: recordIds[index] as string,
      subject,
      field: d.field,
      note: text(d.note),
      claims: d.claims.map((c) => ({
        statement: text(c.statement),
        citations: notes.cite(c.citations),
      })),
    })),
  );

  // Then the long-form sections.
  const figures = indicators.map(figure);
  const digestAgreements = agreements.map((a: Agreement) => ({
    id: a.id,
    title: text(a.title),
    kind: labels.agreementKinds[a.kind],
    signed: a.signed === undefined ? undefined : formatDate(a.signed, lang),
    parties: a.parties.map(nameOf),
    domains: a.domains.map((d) => labels.pillars[d]),
    status: labels.agreementStatuses[a.status],
    summary: text(a.summary),
    disputed: (a.disputes?.length ?? 0) > 0,
    citations: notes.cite(a.citations),
  }));
  const chronologyEntries = events.map(digestEvent);

  const actorCounts = countBy(events.flatMap((e) => [...new Set(e.actors.map((a) => a.actor))]));
  const involved = new Set([...actorCounts.keys(), ...agreements.flatMap((a) => a.parties)]);
  const actors = dataset.actors
    .filter((a) => involved.has(a.id))
    .map((a) => ({
      id: a.id,
      name: text(a.name),
      kind: labels.actorKinds[a.kind],
      country: a.country,
      roles: (a.roles ?? []).map((r) => {
        const span =
          r.from && r.to
            ? formatDate({ from: r.from, to: r.to }, lang)
            : r.from
              ? `${labels.phrases.from} ${formatDate(r.from, lang)}`
              : r.to
                ? `${labels.phrases.until} ${formatDate(r.to, lang)}`
                : "";
        const of = r.of ? `, ${nameOf(r.of)}` : "";
        return `${text(r.title)}${of}${span ? ` (${span})` : ""}`;
      }),
      events: actorCounts.get(a.id) ?? 0,
    }))
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name, lang));

  const placeCounts = countBy(events.flatMap((e) => [...new Set(e.places)]));
  const placesUsed = dataset.places.filter((p) => placeCounts.has(p.id));
  const places = placesUsed.map((p) => ({
    id: p.id,
    name: text(p.name),
    kind: labels.placeKinds[p.kind],
    lat: p.lat,
    lon: p.lon,
    approximate: p.geoPrecision > 1,
    events: placeCounts.get(p.id) ?? 0,
  }));

  const sources = notes.sources();
  const citedSources = dataset.sources.filter((s) => sources.some((d) => d.id === s.id));
  const dyad = info.dyad.map((code) => {
    const state = dataset.actors.find((a) => a.kind === "state" && a.country === code);
    return { code, name: state ? text(state.name) : code };
  });
  const generated = options.generated ?? dateBounds(info.cutoff).end;

  return {
    lang,
    labels,
    meta: {
      datasetId: info.id,
      title: text(info.title),
      pair: dyad.map((d) => d.name).join("–"),
      dyad,
      period: { from, to, text: formatDate({ from, to }, lang) },
      cutoff: { iso: info.cutoff, text: formatDate(info.cutoff, lang) },
      tlp,
      tlpColour: TLP_COLOURS[tlp],
      licence: info.licence,
      pillars: pillarLabels(pillars),
      generated: { iso: generated, text: formatDate(generated, lang) },
      counts: {
        events: events.length,
        sources: sources.length,
        figures: figures.length,
        agreements: digestAgreements.length,
      },
    },
    judgments: digestJudgments,
    keyFigures,
    figures,
    pillars: digestPillars,
    chronology: chronologyEntries,
    agreements: digestAgreements,
    actors,
    places,
    discrepancies,
    gaps: buildGaps(
      { info, events, places: placesUsed, sources: citedSources, disputes: discrepancies.length },
      lang,
    ),
    timeline: buildTimeline(events, pillars, lang),
    sources,
  };
}

/** The first day, month or year of a date, at its own precision. */
const startOf = (date: Event["date"]) => (typeof date === "string" ? date : date.from);

function countBy(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** One reference per source for a judgment, which may rest on many records citing the same source. */
function dedupeNotes(citations: DigestCitation[]): DigestCitation[] {
  const seen = new Set<number>();
  return citations
    .filter((c) => (seen.has(c.note) ? false : (seen.add(c.note), true)))
    .sort((a, b) => a.note - b.note);
}
