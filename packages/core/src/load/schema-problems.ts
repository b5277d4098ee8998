import type { z } from "zod";
import { schemaRuleOf } from "../model/rules.js";
import { foundValue, valueAt } from "./found-value.js";
import { type ExpectedType, formatPath, type Limit, type UnplacedProblem } from "./problem.js";
import { knownKeysAt } from "./schema-walk.js";
import { suggest } from "./suggest.js";

/** Zod's own wording, which speaks to programmers; ours replaces it. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

type Issue = z.core.$ZodIssue;

/** A zod type name as the kind of value a field takes. */
function expectedType(type: string): ExpectedType {
  switch (type) {
    case "string":
      return "text";
    case "number":
      return "number";
    case "int":
      return "whole-number";
    case "boolean":
      return "boolean";
    case "array":
    case "tuple":
      return "list";
    case "object":
      return "fields";
    default:
      return { other: type };
  }
}

/**
 * Turns zod's issues for one record into problems an analyst can act on: what is wrong, what was
 * found and what was expected, with a suggestion for unknown keys and values. The problems carry
 * these as data; the language module words them.
 */
export function schemaProblems(
  issues: readonly Issue[],
  schema: z.ZodType,
  record: unknown,
  file: string,
  prefix: readonly (string | number)[],
  languages: readonly string[],
): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  /** Fields a misspelt key was probably meant to be: their "missing" problem would repeat it. */
  const meant = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const full = [...prefix, ...path];
    const base = { severity: "error" as const, file, path: full };
    const field = formatPath(path);
    const found = valueAt(record, path);
    const rule = schemaRuleOf(issue.message);
    // A schema's own sentence that names no rule is kept as it is written.
    const note =
      rule === undefined && !ZOD_DEFAULT_MESSAGE.test(issue.message) ? issue.message : undefined;
    const why = { ...(rule && { rule }), ...(note && { note }) };

    switch (issue.code) {
      case "unrecognized_keys": {
        const allowed = knownKeysAt(schema, path);
        for (const key of issue.keys) {
          const suggestion = suggest(key, allowed);
          if (suggestion !== undefined) meant.add(JSON.stringify([...full, suggestion]));
          problems.push({
            ...base,
            code: "unknown-key",
            path: [...full, key],
            key,
            parent: field,
            allowed,
            ...(suggestion && { suggestion }),
          });
        }
        break;
      }
      case "invalid_type": {
        const keys = knownKeysAt(schema, path);
        const localized = keys.length > 0 && keys.every((k) => languages.includes(k));
        const expected: ExpectedType = localized
          ? { localizedText: [...languages] }
          : expectedType(issue.expected);
        if (found === undefined) {
          problems.push({ ...base, code: "missing-field", field, expectedType: expected });
        } else {
          problems.push({
            ...base,
            code: "wrong-type",
            field,
            expectedType: expected,
            found: foundValue(found),
          });
        }
        break;
      }
      case "invalid_value": {
        const allowed = issue.values.map(String);
        if (found === undefined) {
          // zod reports a missing choice as a wrong value; to an analyst the field is missing.
          problems.push({ ...base, code: "missing-field", field, allowed });
          break;
        }
        const suggestion = suggest(typeof found === "string" ? found : String(found), allowed);
        problems.push({
          ...base,
          code: "invalid-value",
          field,
          found: foundValue(found),
          allowed,
          ...(suggestion && { suggestion }),
        });
        break;
      }
      case "too_small":
      case "too_big": {
        const many = issue.code === "too_small";
        const limit = many
          ? (issue as { minimum: number | bigint }).minimum
          : (issue as { maximum: number | bigint }).maximum;
        const origin = (issue as { origin?: string }).origin;
        const payload: Limit = {
          field,
          origin:
            origin === "array" || origin === "string" || origin === "number" ? origin : "other",
          limit: Number(limit),
          found: foundValue(found),
          ...why,
        };
        problems.push({ ...base, code: many ? "too-few" : "too-many", ...payload });
        break;
      }
      case "invalid_union": {
        // A group of fields where a value or a group is allowed (a date or a range): say what
        // is wrong inside the group, such as an unknown key, rather than that it is not accepted.
        const inner = isFields(found) ? objectBranch(issue.errors) : undefined;
        if (inner !== undefined) {
          const nested = inner.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
          problems.push(...schemaProblems(nested, schema, record, file, prefix, languages));
          break;
        }
        if (found === undefined) {
          problems.push({ ...base, code: "missing-field", field, ...why });
          break;
        }
        problems.push({ ...base, code: "invalid-value", field, found: foundValue(found), ...why });
        break;
      }
      default: {
        problems.push({
          ...base,
          code: issue.code === "invalid_format" ? "invalid-format" : "invalid-value",
          field,
          found: foundValue(found),
          ...why,
        });
      }
    }
  }
  return problems.filter((p) => p.code !== "missing-field" || !meant.has(JSON.stringify(p.path)));
}

const isFields = (value: unknown): boolean =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Among the failed options of a union, the issues of the one that took a group of fields: it is
 * the only option whose issues all lie inside the group (or name its unknown keys).
 */
function objectBranch(branches: readonly (readonly Issue[])[]): Issue[] | undefined {
  for (const branch of branches) {
    const [only] = branch;
    if (branch.length === 1 && only?.code === "invalid_union" && only.path.length === 0) {
      const inner = objectBranch(only.errors);
      if (inner !== undefined) return inner;
      continue;
    }
    if (branch.every((i) => i.path.length > 0 || i.code === "unrecognized_keys"))
      return [...branch];
  }
  return undefined;
}
