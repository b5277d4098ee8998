import type { Dataset } from "../dataset.js";
import { formatDate } from "../i18n/format-date.js";
import { fill } from "../i18n/labels.js";
import { languageModule } from "../i18n/registry.js";
import { isoCountryName } from "../model/iso-codes.js";
import { dateBounds } from "../model/partial-date.js";
import { PILLARS } from "../model/pillar.js";
import { TLP_COLOURS } from "../model/tlp.js";
import { buildGaps } from "./build-gaps.js";
import { buildTimeline } from "./build-timeline.js";
import { citedInPeriod } from "./cited-in-period.js";
import { digestActors, digestPlaces, placesOf } from "./digest-actors-places.js";
import { digestChanges } from "./digest-changes.js";
import { createDigestContext, type DigestContext } from "./digest-context.js";
import { digestDiscrepancy, periodDisputes } from "./digest-discrepancies.js";
import { digestJudgment } from "./digest-judgment.js";
import type { DigestOptions } from "./digest-options.js";
import { digestOutside } from "./digest-outside.js";
import { digestPillars } from "./digest-pillars.js";
import { FULL_PROFILE } from "./digest-profile.js";
import { digestAgreement, digestEvent, digestFigure } from "./digest-record.js";
import { digestTrends } from "./digest-trends.js";
import type { Digest, DigestSection } from "./digest-types.js";
import { SECTIONS } from "./sections.js";
import { selectPeriod } from "./select-period.js";
import { typesetDigest } from "./typeset-digest.js";

const NO_TIMELINE: Digest["timeline"] = {
  granularity: "month",
  periods: [],
  buckets: [],
  unplaced: 0,
  unplacedNote: undefined,
};

/**
 * Builds the period summary an output renders: selects what falls in the period and pillars,
 * orders it, formats dates and numbers for the language, and builds the sections the profile
 * shows (and nothing else) in reading order, so that sources are numbered as a reader first
 * meets them. Linear in the data, but for sorting the period's events.
 */
export function buildDigest(dataset: Dataset, options: DigestOptions = {}): Digest {
  const ctx = createDigestContext(dataset, options.lang ?? "en", options.since);
  const profile = options.profile ?? FULL_PROFILE;
  const { info } = dataset;
  const { lang, labels, text } = ctx;
  const from = options.from ?? info.coverage.from;
  const to = options.to ?? info.coverage.to;
  const pillars = PILLARS.filter((p) => (options.pillars ?? PILLARS).includes(p));
  const tlp = options.tlp ?? info.tlp;
  const selected = selectPeriod(dataset, from, to, pillars);
  const { events, indicators } = selected;
  const disputes = periodDisputes(ctx, events, selected.agreements, indicators);
  const cited = citedInPeriod(ctx, selected, disputes);

  // Parts a profile does not show stay empty.
  const digest: Pick<
    Digest,
    | "judgments"
    | "changes"
    | "trends"
    | "keyFigures"
    | "figures"
    | "places"
    | "timeline"
    | "pillars"
    | "chronology"
    | "agreements"
    | "actors"
    | "discrepancies"
    | "gaps"
  > = {
    judgments: [],
    changes: undefined,
    trends: [],
    keyFigures: [],
    figures: [],
    places: [],
    timeline: NO_TIMELINE,
    pillars: [],
    chronology: [],
    agreements: [],
    actors: [],
    discrepancies: [],
    gaps: [],
  };
  // "What changed" needs an earlier edition to compare with.
  const shown = SECTIONS.filter(
    (s) => profile.sections.includes(s) && (s !== "changes" || options.since !== undefined),
  );
  // In reading order: the order of these cases is the order in which sources are numbered.
  for (const section of shown) {
    switch (section) {
      case "keyJudgments":
        digest.judgments = selected.judgments.map((j) => digestJudgment(ctx, j, options.since));
        break;
      case "changes":
        if (options.since) digest.changes = digestChanges(ctx, options.since, profile.maxChanges);
        break;
      case "atAGlance":
        digest.keyFigures = indicators.filter((i) => i.key).map((i) => digestFigure(ctx, i));
        digest.trends = digestTrends(ctx, pillars, from, to);
        break;

      case "keyFigures":
        digest.figures = indicators.map((i) => digestFigure(ctx, i));
        break;
      case "map":
        digest.places = digestPlaces(ctx, events);
        break;
      case "chart":
      case "timeline":
        digest.timeline = buildTimeline(events, pillars, lang);
        // A timeline names its events: the chronology is built at its own place below.
        break;
      case "developments":
        if (!shown.includes("atAGlance")) digest.trends = digestTrends(ctx, pillars, from, to);
        digest.pillars = digestPillars(
          ctx,
          events,
          pillars,
          profile.maxDevelopments,
          digest.trends,
        );
        break;
      case "chronology":
        digest.chronology = events.map((e) => digestEvent(ctx, e));
        break;
      case "agreements":
        digest.agreements = selected.agreements.map((a) => digestAgreement(ctx, a));
        break;
      case "actors":
        digest.actors = digestActors(ctx, events, selected.agreements);
        break;
      case "discrepancies": {
        const listed = disputes.slice(0, profile.maxDiscrepancies ?? disputes.length);
        digest.discrepancies = listed.map((d) => digestDiscrepancy(ctx, d));
        break;
      }
      case "gaps":
        digest.gaps = buildGaps(
          {
            info,
            events,
            places: placesOf(ctx, events).used,
            sources: cited,
            disputes: disputes.map((d) => d.dispute),
          },
          lang,
        );
        break;
      case "sources":
      case "method":
        // Built from what the other sections cite (below), and fixed text.
        break;
    }
  }
  if (digest.chronology.length === 0 && shown.includes("timeline")) {
    digest.chronology = events.map((e) => digestEvent(ctx, e));
  }

  // A state actor names its country as the dataset writes it; otherwise ISO's name does.
  const dyad = info.dyad.map((code) => {
    const state = dataset.actors.find((a) => a.kind === "state" && a.country === code);
    return { code, name: state ? text(state.name) : (isoCountryName(code, lang) ?? code) };
  });
  const generated = options.generated ?? dateBounds(info.cutoff).end;
  const sections: DigestSection[] = shown.map((id) => ({
    id,
    title: labels.sections[id],
    children:
      id === "developments" ? digest.pillars.map((p) => ({ id: p.pillar, title: p.label })) : [],
  }));

  const built: Digest = {
    lang,
    labels,
    sections,
    meta: {
      datasetId: info.id,
      title: text(info.title),
      pair: dyad.map((d) => d.name).join("–"),
      dyad,
      period: { from, to, text: formatDate({ from, to }, lang) },
      cutoff: {
        iso: info.cutoff,
        text: formatDate(info.cutoff, lang),
        phrase: fill(labels.document.cutoffPhrase, { date: formatDate(info.cutoff, lang) }),
      },
      tlp,
      tlpColour: TLP_COLOURS[tlp],
      licence: info.licence,
      pillars: ctx.pillarLabels(pillars),
      // The pillar assessments' marks go with their pillar's section.
      outside: digestOutside(ctx, info.outsideInformation, (f) => !f?.startsWith("assessments")),
      generated: { iso: generated, text: formatDate(generated, lang) },
      edition: editionLine(ctx, options),
      counts: {
        events: events.length,
        sources: cited.length,
        figures: indicators.length,
        agreements: selected.agreements.length,
        discrepancies: disputes.length,
      },
    },
    ...digest,
    sources: ctx.notes.sources(),
  };
  const { typeset } = languageModule(lang).grammar;
  return typeset === undefined ? built : typesetDigest(built, typeset);
}

/** The edition's line in the title block: the data's commit, and what it is compared with. */
function editionLine(ctx: DigestContext, options: DigestOptions): Digest["meta"]["edition"] {
  const { edition } = ctx.labels;
  const commit = options.revision?.shortCommit;
  const since = options.since?.revision;
  return {
    commit: options.revision?.commit,
    dataCommit: commit === undefined ? undefined : fill(edition.dataCommit, { commit }),
    comparedWith:
      since === undefined
        ? undefined
        : fill(edition.comparedWith, {
            ref: since.ref,
            commit: since.shortCommit,
            date: formatDate(since.date, ctx.lang),
          }),
  };
}
