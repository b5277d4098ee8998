/**
 * The CSV export's columns, in order. ACLED's names are used wherever the meaning matches, so
 * scripts written for ACLED files read these too; bilat's own columns follow.
 */
export const CSV_COLUMNS = [
  ["event_id", "bilat id of the event (ACLED's event_id_cnty)"],
  ["event_date", "first day the event's date covers, YYYY-MM-DD"],
  ["year", "year of event_date"],
  ["time_precision", "ACLED time precision: 1 the day, 2 within a week, 3 the month or wider"],
  ["event_type", "PLOVER/CAMEO-based event type"],
  ["actor1", "first acting actor (PLOVER source; the visitor in a visit)"],
  ["assoc_actor_1", "other acting actors, separated by ; "],
  ["actor2", "first actor acted on (PLOVER target; the host in a visit)"],
  ["assoc_actor_2", "other actors acted on, participants and mediators, separated by ; "],
  ["country", "country of the place (ISO 3166-1 short name); the dyad when the event has no place"],
  ["iso", "ISO 3166-1 alpha-3 code of that country"],
  ["admin1", "first-level region of the place"],
  ["location", "name of the place"],
  ["latitude", "WGS 84 latitude of the place"],
  ["longitude", "WGS 84 longitude of the place"],
  ["geo_precision", "ACLED geo precision: 1 the place, 2 near it, 3 the wider region"],
  ["source", "outlets of the cited sources, separated by ; "],
  ["notes", "summary of the event"],
  ["title", "headline of the event"],
  ["date_start", "first day the date covers"],
  ["date_end", "last day the date covers"],
  ["date_precision", "bilat precision: day, month, year, range or by (reported no later than)"],
  ["status", "occurred, ongoing, announced or planned"],
  ["pillars", "pillars of cooperation, separated by ; "],
  ["place_id", "bilat id of the place (empty when the event names none)"],
  [
    "citations",
    "each citation as source id and Admiralty grade, e.g. src-ecofin B2, separated by ; ",
  ],
  ["admiralty", "the Admiralty grades of the citations, separated by ; "],
  ["disputed", "true when sources disagree on a field of the event"],
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number][0];
