import type { Dataset } from "../dataset.js";
import { formatDate } from "../i18n/format-date.js";
import { dateBounds } from "../model/partial-date.js";
import { PILLARS } from "../model/pillar.js";
import { TLP_COLOURS } from "../model/tlp.js";
import { buildGaps } from "./build-gaps.js";
import { buildTimeline } from "./build-timeline.js";
import { digestActors, digestPlaces } from "./digest-actors-places.js";
import { createDigestContext } from "./digest-context.js";
import { digestDiscrepancies } from "./digest-discrepancies.js";
import { digestJudgment } from "./digest-judgment.js";
import type { DigestOptions } from "./digest-options.js";
import { digestPillars } from "./digest-pillars.js";
import { digestAgreement, digestEvent, digestFigure } from "./digest-record.js";
import type { Digest } from "./digest-types.js";
import { selectPeriod } from "./select-period.js";

/**
 * Builds the period summary both outputs render: selects what falls in the period and pillars,
 * orders it, formats dates and numbers for the language and numbers the sources in order of
 * first citation (judgments, key figures, pillar sections, discrepancies, then the rest).
 */
export function buildDigest(dataset: Dataset, options: DigestOptions = {}): Digest {
  const ctx = createDigestContext(dataset, options.lang ?? "en");
  const { info } = dataset;
  const { lang, labels, text } = ctx;
  const from = options.from ?? info.coverage.from;
  const to = options.to ?? info.coverage.to;
  const pillars = PILLARS.filter((p) => (options.pillars ?? PILLARS).includes(p));
  const tlp = options.tlp ?? info.tlp;
  const selected = selectPeriod(dataset, from, to, pillars);
  const { events, indicators, agreements } = selected;

  // The order of these calls is the order in which sources are numbered.
  const judgments = selected.judgments.map((j) => digestJudgment(ctx, j));
  const keyFigures = indicators.filter((i) => i.key).map((i) => digestFigure(ctx, i));
  const pillarSections = digestPillars(ctx, events, pillars, options.maxDevelopments);
  const discrepancies = digestDiscrepancies(ctx, events, agreements, indicators);
  const figures = indicators.map((i) => digestFigure(ctx, i));
  const digestAgreements = agreements.map((a) => digestAgreement(ctx, a));
  const chronology = events.map((e) => digestEvent(ctx, e));

  const actors = digestActors(ctx, events, agreements);
  const { places, used: placesUsed } = digestPlaces(ctx, events);
  const sources = ctx.notes.sources();
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
      pillars: ctx.pillarLabels(pillars),
      generated: { iso: generated, text: formatDate(generated, lang) },
      counts: {
        events: events.length,
        sources: sources.length,
        figures: figures.length,
        agreements: digestAgreements.length,
      },
    },
    judgments,
    keyFigures,
    figures,
    pillars: pillarSections,
    chronology,
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
