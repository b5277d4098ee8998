import type { Dataset } from "../dataset.js";
import type { PartialDate } from "../model/partial-date.js";
import type { Pillar } from "../model/pillar.js";
import { chronology, matchesEvent, overlapsPeriod } from "../query/event-filter.js";
import { remembered } from "../remembered.js";

type Selection = ReturnType<typeof select>;

/** Selections already made, per dataset: the summaries of one period in several languages share one. */
const selections = new WeakMap<Dataset, Map<string, Selection>>();

/**
 * The records a period summary covers: events of the period and pillars (oldest first), figures
 * whose reference period overlaps it, agreements signed in it or named by its events, and the
 * judgments on those pillars.
 */
export function selectPeriod(
  dataset: Dataset,
  from: PartialDate,
  to: PartialDate,
  pillars: readonly Pillar[],
): Readonly<Selection> {
  const made = remembered(selections, dataset, () => new Map<string, Selection>());
  const key = JSON.stringify([from, to, pillars]);
  return remembered(made, key, () => select(dataset, from, to, pillars));
}

function select(dataset: Dataset, from: PartialDate, to: PartialDate, pillars: readonly Pillar[]) {
  const events = chronology(dataset.events.filter((e) => matchesEvent(e, { from, to, pillars })));
  const indicators = dataset.indicators.filter(
    (i) =>
      i.pillars.some((p) => pillars.includes(p)) &&
      (i.period === undefined || overlapsPeriod(i.period, from, to)),
  );
  // A set, so that the cost stays linear in events plus agreements.
  const named = new Set(events.flatMap((e) => e.agreements ?? []));
  const agreements = dataset.agreements.filter(
    (a) =>
      a.domains.some((d) => pillars.includes(d)) &&
      ((a.signed !== undefined && overlapsPeriod(a.signed, from, to)) || named.has(a.id)),
  );
  const judgments = dataset.judgments.filter(
    (j) => j.pillars === undefined || j.pillars.some((p) => pillars.includes(p)),
  );
  return { events, indicators, agreements, judgments };
}
