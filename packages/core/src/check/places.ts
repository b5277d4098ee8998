import { type Language, languageCodes } from "../i18n/registry.js";
import type { UnplacedProblem } from "../load/problem.js";
import type { Place } from "../model/place.js";
import { type Check, recordProblem } from "./check-context.js";

/**
 * A place drawn at approximate coordinates (geo precision 2 or 3) says how they were chosen, in
 * each of the dataset's languages, so a reader of the map knows what the point stands for.
 * (Coordinates themselves are required by the place schema.)
 */
export const checkPlaces: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  const languages: readonly Language[] = context.info?.languages ?? languageCodes();
  for (const { kind, record, origin } of context.records) {
    if (kind !== "place") continue;
    const place = record as Place;
    if (place.geoPrecision === 1 || place.note !== undefined) continue;
    // A note missing in one language only is the translation check's to report.
    problems.push(
      recordProblem(origin, ["geoPrecision"], {
        code: "approximate-place-without-note",
        severity: "warning",
        place: place.id,
        geoPrecision: place.geoPrecision,
        languages: [...languages],
      }),
    );
  }
  return problems;
};
