import { formatNumber } from "../i18n/format-number.js";
import type { Pillar } from "../model/pillar.js";
import type { Digest } from "./digest-types.js";

/**
 * What the map of the places shows, as one sentence a screen reader can read in its place
 * (the alternate text of the figure): every place with its number of events, approximate
 * locations marked. Built from the same data as the map, in the digest's language.
 */
export function describePlacesMap(digest: Digest): string {
  const { labels, lang } = digest;
  const places = digest.places.map(
    (p) =>
      `${p.name} ${formatNumber(p.events, lang)}${p.approximate ? ` (${labels.phrases.approximateLocation.toLocaleLowerCase(lang)})` : ""}`,
  );
  return `${labels.sections.map}. ${labels.fields.events}: ${places.join(", ")}.`;
}

/**
 * What the chart of events shows, as alternate text: the number of events in each year, by
 * pillar (the chart's bars, summed by year so that the sentence stays short), then the note on
 * events it leaves out.
 */
export function describeEventsChart(digest: Digest): string {
  const { labels, lang, timeline } = digest;
  const pillarLabel = new Map(digest.meta.pillars.map((p) => [p.pillar, p.label]));
  const years = new Map<string, Map<Pillar, number>>();
  for (const b of timeline.buckets) {
    if (b.count === 0) continue;
    const year = b.period.slice(0, 4);
    const pillars = years.get(year) ?? new Map<Pillar, number>();
    pillars.set(b.pillar, (pillars.get(b.pillar) ?? 0) + b.count);
    years.set(year, pillars);
  }
  const parts = [...years].map(
    ([year, pillars]) =>
      `${year}: ${[...pillars].map(([p, n]) => `${pillarLabel.get(p) ?? p} ${formatNumber(n, lang)}`).join(", ")}`,
  );
  const note = timeline.unplacedNote === undefined ? "" : ` ${timeline.unplacedNote}`;
  return `${labels.sections.chart}. ${labels.fields.events}: ${parts.join("; ")}.${note}`;
}
