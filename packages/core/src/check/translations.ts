import { type Language, languageCodes } from "../i18n/registry.js";
import { formatPath, type UnplacedProblem } from "../load/problem.js";
import type { Source } from "../model/source.js";
import { type Check, recordProblem, recordsAndInfo } from "./check-context.js";
import { eachVisit } from "./walk.js";

/** A localised text: an object whose keys are all language codes. */
export const isLocalizedText = (node: object, codes: readonly string[]) => {
  const keys = Object.keys(node);
  return !Array.isArray(node) && keys.length > 0 && keys.every((k) => codes.includes(k));
};

/**
 * Every text is written in each of the dataset's languages, and every excerpt is rendered in the
 * languages it was not written in. A gap is a warning: outputs fall back to the other language.
 */
export const checkTranslations: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  const codes = languageCodes();
  const languages: readonly Language[] = context.info?.languages ?? codes;
  const sourceLanguage = new Map<string, string>();
  for (const { kind, record } of context.records) {
    if (kind === "source")
      sourceLanguage.set(record.id, (record as Source).language.split("-")[0] ?? "");
  }
  for (const { record, origin } of recordsAndInfo(context)) {
    eachVisit(record, (visit) => {
      const { node, key, parentKey } = visit;
      if (key === "translation") return;
      if (parentKey === "citations") {
        const citation = node as { source?: string; translation?: Record<string, string> };
        const original = citation.source ? sourceLanguage.get(citation.source) : undefined;
        if (original === undefined) return;
        for (const lang of languages) {
          if (lang !== original && !citation.translation?.[lang]) {
            problems.push(
              recordProblem(origin, visit.path, {
                code: "missing-translation",
                severity: "warning",
                lang,
                excerpt: true,
                field: formatPath([...visit.path, "translation", lang]),
              }),
            );
          }
        }
        return;
      }
      if (!isLocalizedText(node, codes)) return;
      for (const lang of languages) {
        if (!(node as Record<string, unknown>)[lang]) {
          problems.push(
            recordProblem(origin, [...visit.path], {
              code: "missing-translation",
              severity: "warning",
              lang,
              excerpt: false,
              field: formatPath(visit.path),
            }),
          );
        }
      }
    });
  }
  return problems;
};
