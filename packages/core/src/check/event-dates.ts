import type { UnplacedProblem } from "../load/problem.js";
import type { Event } from "../model/event.js";
import { dateBounds, isByDate } from "../model/partial-date.js";
import type { Source } from "../model/source.js";
import { type Check, recordProblem } from "./check-context.js";

/** Statuses of events that may lie in the future of the sources reporting them. */
const FORWARD_LOOKING = new Set<Event["status"]>(["announced", "planned"]);

/**
 * An event that occurred cannot begin after the publication of every source reporting it;
 * only announced or planned events may. Events outside the coverage period are flagged too.
 */
export const checkEventDates: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  const sources = new Map<string, Source>();
  for (const { kind, record } of context.records)
    if (kind === "source") sources.set(record.id, record as Source);
  const coverage = context.info ? dateBounds(context.info.coverage) : undefined;

  for (const { kind, record, origin } of context.records) {
    if (kind !== "event") continue;
    const event = record as Event;
    const { start, end } = dateBounds(event.date);
    if (!FORWARD_LOOKING.has(event.status)) {
      const published = event.citations
        .map((c) => sources.get(c.source))
        .filter((s): s is Source => s !== undefined)
        .map((s) => dateBounds(s.published).end);
      const latest = published.sort().at(-1);
      if (latest !== undefined && start > latest) {
        problems.push(
          recordProblem(origin, ["date"], {
            code: "dated-after-sources",
            severity: "error",
            date: start,
            latest,
            by: isByDate(event.date),
          }),
        );
      }
    }
    if (coverage && (end < coverage.start || start > coverage.end)) {
      problems.push(
        recordProblem(origin, ["date"], {
          code: "outside-coverage",
          severity: "warning",
          start: coverage.start,
          end: coverage.end,
        }),
      );
    }
  }
  return problems;
};
