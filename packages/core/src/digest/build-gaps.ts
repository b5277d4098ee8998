import { fillPlural, labelsFor } from "../i18n/labels.js";
import { localize } from "../i18n/localize.js";
import type { Language } from "../i18n/registry.js";
import type { DatasetInfo } from "../model/dataset-info.js";
import type { Dispute } from "../model/dispute.js";
import type { Event } from "../model/event.js";
import { leadingDate, precisionOf } from "../model/partial-date.js";
import type { Place } from "../model/place.js";
import type { Source } from "../model/source.js";

interface GapInput {
  info: DatasetInfo;
  events: readonly Event[];
  places: readonly Place[];
  sources: readonly Source[];
  disputes: readonly Dispute[];
}

/** Whether a dispute sets two sources against each other, rather than one source against itself. */
const betweenSources = (d: Dispute) =>
  new Set(d.claims.flatMap((c) => c.citations.map((x) => x.source))).size > 1;

/**
 * Intelligence gaps: the analyst's own list from dataset.yaml, then what the data itself shows
 * to be thin (single-source events, coarse dates, approximate places, weak sources, disputes).
 */
export function buildGaps(input: GapInput, lang: Language): string[] {
  const { gaps } = labelsFor(lang);
  const out = (input.info.gaps ?? []).map((g) => localize(g, lang));
  const total = input.events.length;
  // One source however many citations: every citation names the first one's source.
  const singleSource = input.events.filter(
    ({ citations }) =>
      citations.length > 0 && citations.every((c) => c.source === citations[0]?.source),
  ).length;
  if (singleSource > 0) out.push(fillPlural(lang, gaps.singleSource, singleSource, { total }));
  // A "no later than" date is coarse too: the day it happened is unknown.
  const coarse = input.events.filter(
    (e) => precisionOf(e.date) === "by" || precisionOf(leadingDate(e.date)) !== "day",
  ).length;
  if (coarse > 0) out.push(fillPlural(lang, gaps.coarseDates, coarse));
  const approximate = input.places.filter((p) => p.geoPrecision > 1);
  if (approximate.length > 0) {
    const names = approximate.map((p) => localize(p.name, lang)).join(", ");
    out.push(fillPlural(lang, gaps.approximatePlaces, approximate.length, { places: names }));
  }
  // F is not a grade below E but no grade at all: each is counted apart.
  const weak = input.sources.filter((s) => s.reliability >= "C" && s.reliability !== "F").length;
  if (weak > 0) out.push(fillPlural(lang, gaps.weakSources, weak));
  const unjudged = input.sources.filter((s) => s.reliability === "F").length;
  if (unjudged > 0) out.push(fillPlural(lang, gaps.unjudgedSources, unjudged));
  const between = input.disputes.filter(betweenSources).length;
  if (between > 0) out.push(fillPlural(lang, gaps.disputes, between));
  const within = input.disputes.length - between;
  if (within > 0) out.push(fillPlural(lang, gaps.ambiguities, within));
  return out;
}
