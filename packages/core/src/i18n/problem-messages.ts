import type { ProblemCode, ProblemData, ProblemOf, ProblemText } from "../load/problem.js";
import { languageModule } from "./registry.js";

/** A language's words for every problem code, each written from the problem's payload. */
export type ProblemMessages = { [C in ProblemCode]: (problem: ProblemOf<C>) => ProblemText };

/** A problem's message (and what was expected) in one language. */
export function describeProblem(problem: ProblemData, lang: string): ProblemText {
  const write = languageModule(lang).problems[problem.code] as (p: ProblemData) => ProblemText;
  return write(problem);
}

/** A problem with its words rewritten in another language; code and payload are unchanged. */
export function inLanguage<P extends ProblemData & ProblemText>(problem: P, lang: string): P {
  const { expected: _old, ...rest } = problem;
  const text = describeProblem(problem, lang);
  return {
    ...rest,
    message: text.message,
    ...(text.expected !== undefined && { expected: text.expected }),
  } as P;
}
