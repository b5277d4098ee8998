import { formatPath, type UnplacedProblem } from "../load/problem.js";
import { LANGUAGES, type Language } from "../model/localized-text.js";
import type { Source } from "../model/source.js";
import { type Check, recordProblem, recordsAndInfo } from "./check-context.js";
import { walk } from "./walk.js";

const isLocalizedText = (node: object) => {
  const keys = Object.keys(node);
  return (
    !Array.isArray(node) &&
    keys.length > 0 &&
    keys.every((k) => (LANGUAGES as readonly string[]).includes(k))
  );
};

/**
 * Every text is written in each of the dataset's languages, and every excerpt is rendered in the
 * languages it was not written in. A gap is a warning: outputs fall back to the other language.
 */
export const checkTranslations: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  const languages: readonly Language[] = context.info?.languages ?? LANGUAGES;
  const sourceLanguage = new Map<string, string>();
  for (const { kind, record } of context.records) {
    if (kind === "source")
      sourceLanguage.set(record.id, (record as Source).language.split("-")[0] ?? "");
  }
  for (const { record, origin } of recordsAndInfo(context)) {
    for (const { node, path, key } of walk(record)) {
      const parentKey = path[path.length - 2];
      if (key === "translation") continue;
      if (parentKey === "citations") {
        const citation = node as { source?: string; translation?: Record<string, string> };
        const original = citation.source ? sourceLanguage.get(citation.source) : undefined;
        if (original === undefined) continue;
        for (const lang of languages) {
          if (lang !== original && !citation.translation?.[lang]) {
            problems.push(
              recordProblem(origin, path, {
                code: "missing-translation",
                severity: "warning",
                message: `the excerpt has no ${lang} rendering (\`translation.${lang}\`)`,
              }),
            );
          }
        }
        continue;
      }
      if (!isLocalizedText(node)) continue;
      for (const lang of languages) {
        if (!(node as Record<string, unknown>)[lang]) {
          problems.push(
            recordProblem(origin, [...path], {
              code: "missing-translation",
              severity: "warning",
              message: `\`${formatPath(path)}\` has no ${lang} text`,
            }),
          );
        }
      }
    }
  }
  return problems;
};
