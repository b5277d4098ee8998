import type { UnplacedProblem } from "../load/problem.js";
import { checkArchives } from "./archives.js";
import type { CheckContext } from "./check-context.js";
import { checkCountryCodes } from "./country-codes.js";
import { checkCredibility } from "./credibility.js";
import { checkDisputes } from "./disputes.js";
import { checkEventDates } from "./event-dates.js";
import { checkExcerpts } from "./excerpts.js";
import { checkOutsideInformation } from "./outside-information.js";
import { checkPlaces } from "./places.js";
import { checkReferences } from "./references.js";
import { checkSourcesCited } from "./source-use.js";
import { checkTranslations } from "./translations.js";
import { checkTrendOverlaps } from "./trends.js";

/**
 * The cross-record checks, run on records that passed their schemas. (The printed-scripts and
 * date-order checks read one record alone: the loader runs them per file, see `loadFile`.)
 */
export const CHECKS = [
  checkReferences,
  checkCountryCodes,
  checkEventDates,
  checkDisputes,
  checkArchives,
  checkTranslations,
  checkOutsideInformation,
  checkTrendOverlaps,
  checkExcerpts,
  checkCredibility,
  checkSourcesCited,
  checkPlaces,
];

export function runChecks(context: CheckContext): UnplacedProblem[] {
  return CHECKS.flatMap((check) => check(context));
}
