import type { UnplacedProblem } from "../load/problem.js";
import { type Check, recordProblem } from "./check-context.js";
import { citationsOf, type FoundCitation, type Passage, passagesOf } from "./citations.js";

/**
 * One passage of one source is one piece of information: graded with different credibility in
 * different records, at least one grade is wrong. Each citation of the passage is reported, since
 * any may be the one to change.
 */
export const checkCredibility: Check = (context) => {
  // Grouped by the passage's object, shared by its citations, in the order passages first appear.
  const groups = new Map<Passage, FoundCitation[]>();
  const passages = passagesOf(context);
  for (const [i, found] of citationsOf(context).entries()) {
    const passage = passages[i] as Passage;
    const group = groups.get(passage);
    if (group) group.push(found);
    else groups.set(passage, [found]);
  }
  const problems: UnplacedProblem[] = [];
  for (const group of groups.values()) {
    const grades = new Set(group.map((c) => c.citation.credibility));
    if (grades.size < 2) continue;
    for (const found of group) {
      const others = group
        .filter((c) => c.citation.credibility !== found.citation.credibility)
        .map((c) => ({
          credibility: c.citation.credibility,
          file: c.origin.file,
          ...(c.origin.index !== undefined && { item: c.origin.index + 1 }),
        }));
      problems.push(
        recordProblem(found.origin, [...found.path, "credibility"], {
          code: "inconsistent-credibility",
          severity: "warning",
          source: found.citation.source,
          credibility: found.citation.credibility,
          others,
        }),
      );
    }
  }
  return problems;
};
