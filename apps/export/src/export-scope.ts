import {
  type Dataset,
  type Event,
  matchesEvent,
  overlapsPeriod,
  type PartialDate,
  type Pillar,
  queryEvents,
} from "@bilat/core";

/** Which part of a dataset an export covers: a period and pillars, each optional. */
export interface ExportScope {
  from?: PartialDate;
  to?: PartialDate;
  pillars?: readonly Pillar[];
}

/** The records an export writes: every record when the scope is empty, else the period's. */
export interface ScopedRecords {
  dataset: Dataset;
  events: Event[];
  sources: Dataset["sources"];
  actors: Dataset["actors"];
  places: Dataset["places"];
  agreements: Dataset["agreements"];
  indicators: Dataset["indicators"];
  judgments: Dataset["judgments"];
  trends: Dataset["trends"];
}

const isEmpty = (scope: ExportScope) =>
  scope.from === undefined && scope.to === undefined && scope.pillars === undefined;

/**
 * Selects the period's events, figures, agreements and judgments, then the actors, places and
 * sources they name, so that an export never points at a record it leaves out.
 */
export function scopeRecords(dataset: Dataset, scope: ExportScope = {}): ScopedRecords {
  if (isEmpty(scope)) {
    return { ...dataset, dataset, events: queryEvents(dataset) };
  }
  const { from, to, pillars } = scope;
  const inPillars = (list: readonly Pillar[] | undefined) =>
    pillars === undefined || list === undefined || list.some((p) => pillars.includes(p));
  const events = queryEvents(dataset).filter(
    (e) => matchesEvent(e, { from, to }) && inPillars(e.pillars),
  );
  const indicators = dataset.indicators.filter(
    (i) => inPillars(i.pillars) && (i.period === undefined || overlapsPeriod(i.period, from, to)),
  );
  const agreements = dataset.agreements.filter(
    (a) =>
      inPillars(a.domains) &&
      ((a.signed !== undefined && overlapsPeriod(a.signed, from, to)) ||
        events.some((e) => e.agreements?.includes(a.id))),
  );
  const judgments = dataset.judgments.filter((j) => inPillars(j.pillars));
  const trends = dataset.trends.filter(
    (t) => inPillars([t.pillar]) && overlapsPeriod(t.period, from, to),
  );
  const named = new Set<string>();
  const nameAll = (value: unknown): void => {
    if (typeof value === "string") named.add(value);
    else if (Array.isArray(value)) for (const v of value) nameAll(v);
    else if (value !== null && typeof value === "object")
      for (const v of Object.values(value)) nameAll(v);
  };
  nameAll([events, indicators, agreements, judgments, trends]);
  // Actors name their states and organisations (`roles[].of`), which must come along too.
  nameAll(dataset.actors.filter((a) => named.has(a.id)));
  return {
    dataset,
    events,
    indicators,
    agreements,
    judgments,
    trends,
    actors: dataset.actors.filter((a) => named.has(a.id)),
    places: dataset.places.filter((p) => named.has(p.id)),
    sources: dataset.sources.filter((s) => named.has(s.id)),
  };
}
