import { dateBounds, type Event, localize, precisionOf } from "@bilat/core";
import { evidenceProperties } from "./external-references.js";
import { commonProperties, type StixContext, type StixObject } from "./stix-context.js";
import { stixId } from "./stix-id.js";

/** Event types that are STIX incidents; every other event is a `note` on who and where. */
const INCIDENT_TYPES = new Set(["attack", "blockade"]);

/** The STIX identifiers of the actors and places an event names, in the order it names them. */
function involved(context: StixContext, event: Event): string[] {
  const ids = [...event.actors.map((a) => a.actor), ...event.places];
  return ids.map((id) => context.ids.get(id)).filter((id): id is string => id !== undefined);
}

/** bilat's date, status and pillars, which STIX has no properties for. */
function eventExtras(event: Event) {
  const { start, end } = dateBounds(event.date);
  return {
    x_bilat_id: event.id,
    x_bilat_event_type: event.type,
    x_bilat_date_start: start,
    x_bilat_date_end: end,
    x_bilat_date_precision: precisionOf(event.date),
    x_bilat_status: event.status,
    x_bilat_pillars: [...event.pillars],
  };
}

/** An event as STIX: an `incident` with its relationships for attacks and blockades, else a note. */
export function eventObjects(context: StixContext, event: Event): StixObject[] {
  const { lang, scoped } = context;
  const name = localize(event.title, lang);
  const summary = localize(event.summary, lang);
  const evidence = evidenceProperties(context, event.citations);
  const refs = involved(context, event);
  if (INCIDENT_TYPES.has(event.type)) {
    const id = stixId("incident", `${scoped.dataset.info.id}/${event.id}`);
    const relationships = event.actors
      .map((a) => context.ids.get(a.actor))
      .filter((r): r is string => r !== undefined)
      .map((target) => relationship(context, id, "related-to", target))
      .concat(
        event.places
          .map((p) => context.ids.get(p))
          .filter((r): r is string => r !== undefined)
          .map((target) => relationship(context, id, "located-at", target)),
      );
    return [
      {
        type: "incident",
        id,
        ...commonProperties(context),
        name,
        description: summary,
        ...evidence,
        ...eventExtras(event),
      },
      ...relationships,
    ];
  }
  return [
    {
      type: "note",
      id: stixId("note", `${scoped.dataset.info.id}/${event.id}`),
      ...commonProperties(context),
      abstract: name,
      content: summary,
      object_refs: refs.length > 0 ? refs : countryRefs(context),
      ...evidence,
      ...eventExtras(event),
    },
  ];
}

/** The locations of the pair's two countries: what a record about the pair as a whole is about. */
export function countryRefs(context: StixContext): string[] {
  return context.scoped.dataset.info.dyad.map((c) => stixId("location", `country/${c}`));
}

/** A STIX relationship, identified by its ends so that it is stable across exports. */
export function relationship(
  context: StixContext,
  source: string,
  type: string,
  target: string,
): StixObject {
  return {
    type: "relationship",
    id: stixId("relationship", `${source}/${type}/${target}`),
    ...commonProperties(context),
    relationship_type: type,
    source_ref: source,
    target_ref: target,
  };
}
