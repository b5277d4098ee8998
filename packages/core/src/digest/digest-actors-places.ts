import { formatDate } from "../i18n/format-date.js";
import type { Actor, Role } from "../model/actor.js";
import type { Agreement } from "../model/agreement.js";
import type { Event } from "../model/event.js";
import type { Place } from "../model/place.js";
import type { DigestContext } from "./digest-context.js";
import { digestOutside } from "./digest-outside.js";
import type { DigestActor, DigestPlace } from "./digest-types.js";

function countBy(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** A role as a reader writes it: "Minister of the Armed Forces, Senegal (from April 2024)". */
function roleText(ctx: DigestContext, r: Role): string {
  const { labels, lang } = ctx;
  const span =
    r.from && r.to
      ? formatDate({ from: r.from, to: r.to }, lang)
      : r.from
        ? `${labels.phrases.from} ${formatDate(r.from, lang)}`
        : r.to
          ? `${labels.phrases.until} ${formatDate(r.to, lang)}`
          : "";
  const title = ctx.text(r.title);
  // A title that already names its state or body does not repeat it: "Special Envoy of the
  // President of Senegal", not "…, Senegal".
  const name = r.of ? ctx.nameOf(r.of) : undefined;
  const of = name !== undefined && !title.includes(name) ? `, ${name}` : "";
  return `${title}${of}${span ? ` (${span})` : ""}`;
}

/** The actors of the period's events and agreements, the most involved first. */
export function digestActors(
  ctx: DigestContext,
  events: readonly Event[],
  agreements: readonly Agreement[],
): DigestActor[] {
  const counts = countBy(events.flatMap((e) => [...new Set(e.actors.map((a) => a.actor))]));
  const involved = new Set([...counts.keys(), ...agreements.flatMap((a) => a.parties)]);
  return ctx.dataset.actors
    .filter((a: Actor) => involved.has(a.id))
    .map((a) => ({
      id: a.id,
      name: ctx.text(a.name),
      kind: ctx.labels.actorKinds[a.kind],
      country: a.country,
      roles: (a.roles ?? []).map((r) => roleText(ctx, r)),
      events: counts.get(a.id) ?? 0,
      outside: digestOutside(ctx, a.outsideInformation),
    }))
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name, ctx.lang));
}

/** The places of the period's events, with how many events each saw. */
export function placesOf(
  ctx: DigestContext,
  events: readonly Event[],
): { used: Place[]; counts: Map<string, number> } {
  let found = placesFound.get(events);
  if (found?.dataset !== ctx.dataset) {
    const counts = new Map<string, number>();
    for (const { places } of events) {
      // Each place once per event: a list of a few ids, searched rather than made a set.
      for (let i = 0; i < places.length; i++) {
        const id = places[i] as string;
        if (places.indexOf(id) === i) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const used = ctx.dataset.places.filter((p) => counts.has(p.id));
    found = { dataset: ctx.dataset, places: { used, counts } };
    placesFound.set(events, found);
  }
  return found.places;
}

/** The places of a period's events, found once: the map and the gaps both ask. */
const placesFound = new WeakMap<
  readonly Event[],
  { dataset: DigestContext["dataset"]; places: ReturnType<typeof placesOf> }
>();

/** The places of the period's events, for a map, with how many events each saw. */
export function digestPlaces(ctx: DigestContext, events: readonly Event[]): DigestPlace[] {
  const { used, counts } = placesOf(ctx, events);
  return used.map((p) => ({
    id: p.id,
    name: ctx.text(p.name),
    kind: ctx.labels.placeKinds[p.kind],
    lat: p.lat,
    lon: p.lon,
    approximate: p.geoPrecision > 1,
    events: counts.get(p.id) ?? 0,
    outside: digestOutside(ctx, p.outsideInformation),
  }));
}
