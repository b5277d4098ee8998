/**
 * The rules a schema states beyond a value's type. A schema names its rule by id (`error:
 * "id-format"`); the problem carries the id and each language module words it.
 */
export const SCHEMA_RULES = [
  "id-format",
  "country-code",
  "text-empty",
  "text-in-some-language",
  "url",
  "language-tag",
  "archive-path",
  "excerpt-empty",
  "citations-min",
  "credibility",
  "partial-date",
  "date-spec",
  "geo-precision",
  "evidence-min",
  "pillars-min",
  "dispute-readings",
] as const;
export type SchemaRule = (typeof SCHEMA_RULES)[number];

const RULES = new Set<string>(SCHEMA_RULES);

/** The rule a zod issue message names, if it names one. */
export function schemaRuleOf(message: string): SchemaRule | undefined {
  return RULES.has(message) ? (message as SchemaRule) : undefined;
}
