import { formatDate, formatEventDate } from "../i18n/format-date.js";
import { formatValue } from "../i18n/format-number.js";
import { fill } from "../i18n/labels.js";
import { languageModule } from "../i18n/registry.js";
import type { Agreement } from "../model/agreement.js";
import type { Event } from "../model/event.js";
import type { Indicator } from "../model/indicator.js";
import { isoDate, precisionOf } from "../model/partial-date.js";
import { chronologyKey } from "../query/event-filter.js";
import { remembered } from "../remembered.js";
import type { DigestContext } from "./digest-context.js";
import { digestOutside } from "./digest-outside.js";
import type { DigestAgreement, DigestEvent, DigestFigure } from "./digest-types.js";

// How an event, a figure and an agreement read in the outputs: formatted, localised, cited.

/** The events a summary has read, so that one among a pillar's developments and in the chronology is one object. */
const readEvents = new WeakMap<DigestContext, Map<Event, DigestEvent>>();

export function digestEvent(ctx: DigestContext, e: Event): DigestEvent {
  const read = remembered(readEvents, ctx, () => new Map<Event, DigestEvent>());
  return remembered(read, e, () => readEvent(ctx, e));
}

function readEvent(ctx: DigestContext, e: Event): DigestEvent {
  return {
    id: e.id,
    date: {
      iso: isoDate(e.date),
      sortKey: chronologyKey(e.date),
      text: formatEventDate(e.date, ctx.lang),
      precision: precisionOf(e.date),
    },
    title: ctx.text(e.title),
    summary: ctx.text(e.summary),
    type: typeWithStatus(ctx, e),
    status: { code: e.status, text: ctx.labels.eventStatuses[e.status] },
    pillars: ctx.pillarLabels(e.pillars),
    actors: e.actors.map((a) => ctx.nameOf(a.actor)),
    places: e.places.map(ctx.nameOf),
    disputed: (e.disputes?.length ?? 0) > 0,
    citations: ctx.notes.cite(e.citations),
    outside: digestOutside(ctx, e.outsideInformation),
  };
}

function typeWithStatus(ctx: DigestContext, e: Event): DigestEvent["type"] {
  const text = ctx.labels.eventTypes[e.type];
  const { grammar } = languageModule(ctx.lang);
  const withStatus = e.status === "occurred" ? text : `${text} (${grammar.marker(e.status, text)})`;
  return { code: e.type, text, withStatus };
}

export function digestFigure(ctx: DigestContext, i: Indicator): DigestFigure {
  return {
    id: i.id,
    name: ctx.text(i.name),
    value: formatValue(i.value, i.unit, ctx.lang, i.approximate),
    period: i.period === undefined ? undefined : formatDate(i.period, ctx.lang),
    scope: ctx.text(i.scope),
    approximate: i.approximate,
    disputed: (i.disputes?.length ?? 0) > 0,
    citations: ctx.notes.cite(i.citations),
    outside: digestOutside(ctx, i.outsideInformation),
  };
}

export function digestAgreement(ctx: DigestContext, a: Agreement): DigestAgreement {
  return {
    id: a.id,
    title: ctx.text(a.title),
    kind: ctx.labels.agreementKinds[a.kind],
    signed: a.signed === undefined ? undefined : formatDate(a.signed, ctx.lang),
    parties: a.parties.map(ctx.nameOf),
    domains: a.domains.map((d) => ctx.labels.pillars[d]),
    status: ctx.labels.agreementStatuses[a.status],
    summary: ctx.text(a.summary),
    disputed: (a.disputes?.length ?? 0) > 0,
    citations: ctx.notes.cite(a.citations),
    outside: digestOutside(ctx, a.outsideInformation),
  };
}
