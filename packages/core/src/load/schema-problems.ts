import type { z } from "zod";
import { describeExpected, describeValue, valueAt } from "./describe-value.js";
import { formatPath, type UnplacedProblem } from "./problem.js";
import { knownKeysAt } from "./schema-walk.js";
import { didYouMean, suggest } from "./suggest.js";

/** Zod's own wording, which speaks to programmers; ours replaces it. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues for one record into problems an analyst can act on: what is wrong,
 * what was found and what was expected, with "did you mean" for unknown keys and values.
 */
export function schemaProblems(
  issues: readonly Issue[],
  schema: z.ZodType,
  record: unknown,
  file: string,
  prefix: readonly (string | number)[],
): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  /** Fields a misspelt key was probably meant to be: their "missing" problem would repeat it. */
  const meant = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const full = [...prefix, ...path];
    const base = { severity: "error" as const, file };
    const at = path.length > 0 ? `\`${formatPath(path)}\`` : "the record";
    const found = valueAt(record, path);
    const custom = !ZOD_DEFAULT_MESSAGE.test(issue.message) ? issue.message : undefined;
    /** A required field left out: zod says so with several codes, an analyst needs one. */
    const missing = (expected: string | undefined, detail?: string): UnplacedProblem => ({
      ...base,
      code: "missing-field",
      path: full,
      message: `${at} is missing${detail ? ` (${detail})` : ""}`,
      expected,
    });

    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownKeysAt(schema, path);
        for (const key of issue.keys) {
          const hint = suggest(key, known);
          if (hint !== undefined) meant.add(JSON.stringify([...full, hint]));
          problems.push({
            ...base,
            code: "unknown-key",
            path: [...full, key],
            message: `unknown field \`${key}\`${path.length ? ` in ${at}` : ""}.${didYouMean(key, known)}`,
            expected: known.length ? `one of: ${known.join(", ")}` : undefined,
          });
        }
        break;
      }
      case "invalid_type": {
        const keys = knownKeysAt(schema, path);
        const localized = keys.length > 0 && keys.every((k) => k === "en" || k === "fr");
        const expected = localized
          ? "text in English and French (`en: …` and `fr: …` lines)"
          : describeExpected(issue.expected);
        if (found === undefined) {
          problems.push(missing(expected));
        } else {
          problems.push({
            ...base,
            code: "wrong-type",
            path: full,
            message: `${at} should be ${expected}, but is ${describeValue(found)}`,
            expected,
          });
        }
        break;
      }
      case "invalid_value": {
        const values = issue.values.map(String);
        const word = typeof found === "string" ? found : String(found);
        const expected = `one of: ${values.join(", ")}`;
        if (found === undefined) {
          // zod reports a missing choice as a wrong value; to an analyst the field is missing.
          problems.push(missing(expected));
          break;
        }
        problems.push({
          ...base,
          code: "invalid-value",
          path: full,
          message: `${at} is ${describeValue(found)}, which is not an accepted value.${didYouMean(word, values)}`,
          expected,
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
        const what =
          origin === "array"
            ? `${many ? "at least" : "at most"} ${limit} item${Number(limit) === 1 ? "" : "s"}`
            : origin === "string"
              ? `${many ? "at least" : "at most"} ${limit} character${Number(limit) === 1 ? "" : "s"}`
              : `${many ? "at least" : "at most"} ${limit}`;
        problems.push({
          ...base,
          code: many ? "too-few" : "too-many",
          path: full,
          message: custom
            ? `${at}: ${custom}`
            : `${at} must ${origin === "array" || origin === "string" ? "have" : "be"} ${what}, but is ${describeValue(found)}`,
          expected: what,
        });
        break;
      }
      case "invalid_union": {
        // A group of fields where a value or a group is allowed (a date or a range): say what
        // is wrong inside the group, such as an unknown key, rather than that it is not accepted.
        const inner = isFields(found) ? objectBranch(issue.errors) : undefined;
        if (inner !== undefined) {
          const nested = inner.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
          problems.push(...schemaProblems(nested, schema, record, file, prefix));
          break;
        }
        if (found === undefined) {
          problems.push(missing(undefined, custom));
          break;
        }
        problems.push({
          ...base,
          code: "invalid-value",
          path: full,
          message: `${at}: ${custom ?? "this value is not accepted"} (found ${describeValue(found)})`,
        });
        break;
      }
      default: {
        problems.push({
          ...base,
          code: issue.code === "invalid_format" ? "invalid-format" : "invalid-value",
          path: full,
          message: `${at}: ${custom ?? "this value is not accepted"} (found ${describeValue(found)})`,
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
