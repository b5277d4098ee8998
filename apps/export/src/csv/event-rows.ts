import {
  admiraltyCode,
  type Citation,
  type Credibility,
  type Dataset,
  dateBounds,
  type Event,
  findRecord,
  type Language,
  localize,
  precisionOf,
} from "@bilat/core";
import { countryName } from "../country-names.js";
import type { ScopedRecords } from "../export-scope.js";
import type { CsvColumn } from "./csv-columns.js";

export type CsvRow = Record<CsvColumn, string>;

const DAY_MS = 86_400_000;

/** ACLED's time precision: 1 a known day, 2 a span within a week, 3 a month or more. */
function timePrecision(event: Event): "1" | "2" | "3" {
  const { start, end } = dateBounds(event.date);
  if ((precisionOf(event.date) as string) === "by") return "3";
  const days = (Date.parse(end) - Date.parse(start)) / DAY_MS;
  return days === 0 ? "1" : days <= 6 ? "2" : "3";
}

/** Every citation of the event, its disputes' included, with its Admiralty grade. */
function gradedCitations(dataset: Dataset, event: Event): { citation: Citation; grade: string }[] {
  const all = [
    ...event.citations,
    ...(event.disputes ?? []).flatMap((d) => d.claims.flatMap((c) => c.citations)),
  ];
  return all.map((citation) => {
    const source = findRecord(dataset, "source", citation.source);
    const grade = source
      ? admiraltyCode(source.reliability, citation.credibility as Credibility)
      : "";
    return { citation, grade };
  });
}

const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ""))];

/** One row per event and place (ACLED's layout); an event with no place has one row without one. */
export function eventRows(scoped: ScopedRecords, lang: Language): CsvRow[] {
  const { dataset } = scoped;
  const actorName = (id: string) => {
    const actor = findRecord(dataset, "actor", id);
    return actor ? localize(actor.name, lang) : id;
  };
  return scoped.events.flatMap((event) => {
    const { start, end } = dateBounds(event.date);
    // With no acting side (participants only), the first participant stands as actor1, as in ACLED.
    const sources = event.actors.filter((a) => a.role === "source");
    const sided = sources.length > 0 ? sources : event.actors.slice(0, 1);
    const acting = sided.map((a) => actorName(a.actor));
    const others = event.actors.filter((a) => !sided.includes(a)).map((a) => actorName(a.actor));
    const graded = gradedCitations(dataset, event);
    const outlets = unique(
      graded.map(({ citation }) => {
        const source = findRecord(dataset, "source", citation.source);
        return source?.outlet ?? source?.title ?? citation.source;
      }),
    );
    const common = {
      event_id: event.id,
      event_date: start,
      year: start.slice(0, 4),
      time_precision: timePrecision(event),
      event_type: event.type,
      actor1: acting[0] ?? "",
      assoc_actor_1: acting.slice(1).join("; "),
      actor2: others[0] ?? "",
      assoc_actor_2: others.slice(1).join("; "),
      source: outlets.join("; "),
      notes: localize(event.summary, lang),
      title: localize(event.title, lang),
      date_start: start,
      date_end: end,
      date_precision: precisionOf(event.date),
      status: event.status,
      pillars: event.pillars.join("; "),
      citations: unique(graded.map(({ citation, grade }) => `${citation.source} ${grade}`)).join(
        "; ",
      ),
      admiralty: unique(graded.map(({ grade }) => grade)).join("; "),
      disputed: String((event.disputes ?? []).length > 0),
    };
    const places = event.places
      .map((id) => findRecord(dataset, "place", id))
      .filter((p) => p !== undefined);
    if (places.length === 0) {
      const dyad = dataset.info.dyad;
      return [
        {
          ...common,
          country: dyad.map((c) => countryName(c, lang)).join("; "),
          iso: dyad.join("; "),
          admin1: "",
          location: "",
          latitude: "",
          longitude: "",
          geo_precision: "",
          place_id: "",
        },
      ];
    }
    return places.map((place) => ({
      ...common,
      country: place.countries.map((c) => countryName(c, lang)).join("; "),
      iso: place.countries.join("; "),
      admin1: place.admin1 ?? "",
      location: localize(place.name, lang),
      latitude: String(place.lat),
      longitude: String(place.lon),
      geo_precision: String(place.geoPrecision),
      place_id: place.id,
    }));
  });
}
