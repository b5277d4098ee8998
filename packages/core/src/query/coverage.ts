import type { Dataset } from "../dataset.js";
import type { DateRange } from "../model/partial-date.js";

/** The period a dataset covers, as declared in its dataset.yaml. */
export function coveragePeriod(dataset: Dataset): DateRange {
  return dataset.info.coverage;
}

/** Events, agreements and indicators that involve an actor (by id). */
export function recordsInvolving(dataset: Dataset, actorId: string) {
  return {
    events: dataset.events.filter((e) => e.actors.some((a) => a.actor === actorId)),
    agreements: dataset.agreements.filter((a) => a.parties.includes(actorId)),
    indicators: dataset.indicators.filter((i) => i.actors?.includes(actorId)),
  };
}

/** Events that took place at a place (by id). */
export function eventsAt(dataset: Dataset, placeId: string) {
  return dataset.events.filter((e) => e.places.includes(placeId));
}
