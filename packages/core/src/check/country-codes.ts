import { distance } from "fastest-levenshtein";
import type { UnplacedProblem } from "../load/problem.js";
import type { Actor } from "../model/actor.js";
import type { DatasetInfo } from "../model/dataset-info.js";
import { COUNTRY_CODES, isCountryCode, isoCountryName } from "../model/iso-codes.js";
import type { Place } from "../model/place.js";
import { type Check, recordProblem } from "./check-context.js";

/**
 * The codes a typo most likely stands for, named ("`MRT` (Mauritania)"): among codes one edit
 * away (two for a code the dataset uses elsewhere), those the dataset uses first, then those
 * sharing the longest start, then the nearest; only the best, or the best tied. `exclude` are
 * codes that cannot be meant (the other country of the pair).
 */
export function countrySuggestions(
  code: string,
  used: ReadonlySet<string>,
  exclude: ReadonlySet<string> = new Set(),
): { code: string; name: string }[] {
  const typed = code.toUpperCase();
  const prefix = (c: string) => (c[0] !== typed[0] ? 0 : c[1] !== typed[1] ? 1 : 2);
  const ranked = COUNTRY_CODES.filter((c) => !exclude.has(c))
    .map((c) => ({ c, d: distance(c, typed), used: used.has(c) ? 0 : 1, p: prefix(c) }))
    .filter(({ d, used }) => d <= 1 || (d === 2 && used === 0))
    .map((r) => ({ ...r, key: [r.used, -r.p, r.d] }))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!);
  const best = ranked[0]?.key.join();
  return ranked
    .filter((r) => r.key.join() === best)
    .slice(0, 3)
    .map(({ c }) => ({ code: c, name: isoCountryName(c, "en") ?? c }));
}

function unknownCountry(code: string, used: ReadonlySet<string>, exclude?: ReadonlySet<string>) {
  return {
    code: "unknown-country" as const,
    severity: "error" as const,
    found: code,
    suggestions: countrySuggestions(code, used, exclude),
  };
}

/**
 * Every country a dataset names is one ISO 3166-1 knows: the pair (`dyad`), the country of an
 * actor, the countries of a place. A typo would otherwise pass as three capitals and surface
 * later as a map with no outline or a pair named by its codes.
 */
export const checkCountryCodes: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  const used = new Set<string>();
  const named: { code: string; at: () => UnplacedProblem }[] = [];
  const info = context.info as DatasetInfo | undefined;
  for (const [i, code] of (info?.dyad ?? []).entries()) {
    used.add(code);
    named.push({
      code,
      at: () => ({
        // The pair's other country cannot be meant: a pair is two countries.
        ...unknownCountry(code, new Set(), new Set(info?.dyad ?? [])),
        file: "dataset.yaml",
        path: ["dyad", i],
      }),
    });
  }
  for (const { kind, record, origin } of context.records) {
    const codes: [string, (string | number)[]][] = [];
    if (kind === "actor" && (record as Actor).country !== undefined) {
      codes.push([(record as Actor).country as string, ["country"]]);
    }
    if (kind === "place") {
      for (const [i, c] of (record as Place).countries.entries()) codes.push([c, ["countries", i]]);
    }
    for (const [code, path] of codes) {
      used.add(code);
      named.push({ code, at: () => recordProblem(origin, path, unknownCountry(code, used)) });
    }
  }
  for (const { code, at } of named) if (!isCountryCode(code)) problems.push(at());
  return problems;
};
