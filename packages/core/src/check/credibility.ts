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
    // The same for every citation of one grade: found once per grade, not once per citation.
    const othersOf = new Map([...grades].map((grade) => [grade, otherGrades(group, grade)]));
    for (const found of group) {
      const { shown, more } = othersOf.get(found.citation.credibility) as OtherGrades;
      problems.push(
        recordProblem(found.origin, [...found.path, "credibility"], {
          code: "inconsistent-credibility",
          severity: "warning",
          source: found.citation.source,
          credibility: found.citation.credibility,
          others: shown,
          ...(more > 0 && { more }),
        }),
      );
    }
  }
  return problems;
};

/** How many places of other grades a problem names; past them it counts the rest. */
const MAX_OTHERS = 5;

type OtherGrade = { credibility: number; file: string; item?: number };
interface OtherGrades {
  shown: OtherGrade[];
  more: number;
}

/**
 * Where the passage is graded otherwise than `grade`, each place once, the first few named: a
 * passage quoted thousands of times would otherwise give each of its problems thousands of places.
 */
function otherGrades(group: readonly FoundCitation[], grade: number): OtherGrades {
  const places = new Map<string, OtherGrade>();
  for (const c of group) {
    if (c.citation.credibility === grade) continue;
    const other: OtherGrade = {
      credibility: c.citation.credibility,
      file: c.origin.file,
      ...(c.origin.index !== undefined && { item: c.origin.index + 1 }),
    };
    places.set(`${other.credibility} ${other.file} ${other.item}`, other);
  }
  const all = [...places.values()];
  return { shown: all.slice(0, MAX_OTHERS), more: Math.max(0, all.length - MAX_OTHERS) };
}
