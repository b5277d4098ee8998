import { dateBounds, type Language, localize, localizeOptional } from "@bilat/core";
import type { ScopedRecords } from "../export-scope.js";
import { actorObject, countryObject } from "./stix-actors.js";
import {
  commonProperties,
  type StixContext,
  type StixObject,
  stixTimestamp,
} from "./stix-context.js";
import { eventObjects } from "./stix-events.js";
import { stixId } from "./stix-id.js";
import {
  agreementNote,
  disputeNote,
  indicatorNote,
  judgmentNote,
  trendNote,
} from "./stix-notes.js";
import { placeObject } from "./stix-places.js";
import { tlpMarking } from "./tlp-markings.js";

export interface StixOptions {
  lang: Language;
  /** Day the objects are dated `created`/`modified`; the information cut-off by default. */
  day?: string;
  /** The period exported, which names the report (the dataset's coverage by default). */
  period?: { from?: string; to?: string };
}

/**
 * The scoped dataset as a STIX 2.1 bundle: a `report` for the dataset and period (published on the
 * information cut-off), with every actor, place, event, agreement, figure, judgment and dispute
 * it covers, all under the dataset's TLP 2.0 marking.
 */
export function stixBundle(scoped: ScopedRecords, options: StixOptions) {
  const info = scoped.dataset.info;
  const cutoffDay = dateBounds(info.cutoff).end;
  const from = options.period?.from ?? info.coverage.from;
  const to = options.period?.to ?? info.coverage.to;
  const context: StixContext = {
    scoped,
    lang: options.lang,
    timestamp: stixTimestamp(options.day ?? cutoffDay),
    ids: new Map(),
  };
  const objects: StixObject[] = [];
  const add = (bilatId: string | undefined, ...added: StixObject[]) => {
    if (bilatId !== undefined && added[0] !== undefined) context.ids.set(bilatId, added[0].id);
    objects.push(...added);
  };
  for (const code of info.dyad) add(undefined, countryObject(context, code));
  for (const actor of scoped.actors) add(actor.id, actorObject(context, actor));
  for (const place of scoped.places) add(place.id, placeObject(context, place));
  // Notes refer to agreements and figures, so those get their identifiers before events do.
  for (const agreement of scoped.agreements) add(agreement.id, agreementNote(context, agreement));
  for (const indicator of scoped.indicators) add(indicator.id, indicatorNote(context, indicator));
  for (const event of scoped.events) add(event.id, ...eventObjects(context, event));
  for (const judgment of scoped.judgments) add(judgment.id, judgmentNote(context, judgment));
  for (const trend of scoped.trends) add(trend.id, trendNote(context, trend));
  const disputed = [
    ...scoped.sources,
    ...scoped.events,
    ...scoped.agreements,
    ...scoped.indicators,
  ];
  for (const record of disputed) {
    for (const [i, dispute] of (record.disputes ?? []).entries()) {
      add(undefined, disputeNote(context, record.id, i, dispute));
    }
  }
  const report: StixObject = {
    type: "report",
    id: stixId("report", `${info.id}/${from}/${to}`),
    ...commonProperties(context),
    name: localize(info.title, options.lang),
    ...(info.description === undefined
      ? {}
      : { description: localizeOptional(info.description, options.lang) }),
    report_types: ["bilateral-relations"],
    published: stixTimestamp(cutoffDay),
    object_refs: objects.map((o) => o.id),
    external_references: scoped.sources.map((s) => ({
      source_name: s.outlet ?? s.title,
      external_id: s.id,
      ...(s.url === undefined ? {} : { url: s.url }),
      description: `${s.title} (reliability ${s.reliability})`,
    })),
    x_bilat_dataset: info.id,
    x_bilat_dyad: [...info.dyad],
  };
  return {
    type: "bundle",
    id: stixId("bundle", `${info.id}/${options.lang}/${context.timestamp}`),
    objects: [tlpMarking(info.tlp), report, ...objects],
  };
}
