import {
  dateBounds,
  isLanguage,
  isPartialDate,
  type Language,
  languageCodes,
  PILLARS,
  type Pillar,
  suggest,
  TLP_LABELS,
  type Tlp,
} from "@bilat/core";
import { UsageError } from "./usage-error.js";

// Option values shared by the commands that render data; each is checked before the data is
// read, so a mistyped option costs nothing and exits 2 with a suggestion.

const hint = (word: string, known: readonly string[]) => {
  const match = suggest(word, known);
  return match ? ` Did you mean \`${match}\`?` : "";
};

/** A period end as given: YYYY-MM-DD, YYYY-MM or YYYY naming a real day, month or year. */
function parseDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isPartialDate(value)) {
    throw new UsageError(
      `\`--${name} ${value}\` is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-02-20 or 2025-02`,
    );
  }
  return value;
}

/** `--from` and `--to`, each a partial date, in order. */
export function parsePeriod(
  fromValue: string | undefined,
  toValue: string | undefined,
): { from: string | undefined; to: string | undefined } {
  const from = parseDate("from", fromValue);
  const to = parseDate("to", toValue);
  if (from !== undefined && to !== undefined && dateBounds(from).start > dateBounds(to).end) {
    throw new UsageError(`the period ends (\`--to ${to}\`) before it starts (\`--from ${from}\`)`);
  }
  return { from, to };
}

/** A comma-separated list of pillars, each checked against the five. */
export function parsePillars(value: string | undefined): Pillar[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError("`--pillars` names no pillar");
  for (const name of names) {
    if (!(PILLARS as readonly string[]).includes(name)) {
      throw new UsageError(
        `unknown pillar \`${name}\`.${hint(name, PILLARS)} The pillars are ${PILLARS.join(", ")}.`,
      );
    }
  }
  return names as Pillar[];
}

/** One of the output languages. */
export function parseLanguage(value: string): Language {
  const lang = value.trim().toLowerCase();
  if (!isLanguage(lang)) {
    const codes = languageCodes();
    throw new UsageError(
      `unknown language \`${value}\`.${hint(lang, codes)} The languages are ${codes.join(", ")}.`,
    );
  }
  return lang;
}

/** A comma-separated list of languages (`en,fr`), each checked, in the order given, once each. */
export function parseLanguages(value: string | undefined): Language[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(",").filter((l) => l.trim() !== "");
  if (names.length === 0) throw new UsageError("`--lang` names no language");
  return [...new Set(names.map(parseLanguage))];
}

/** A TLP 2.0 label; `amber` and `tlp:amber` are read as `TLP:AMBER`. */
export function parseTlp(value: string | undefined): Tlp | undefined {
  if (value === undefined) return undefined;
  const upper = value.trim().toUpperCase();
  const label = upper.startsWith("TLP:") ? upper : `TLP:${upper}`;
  if (!(TLP_LABELS as readonly string[]).includes(label)) {
    throw new UsageError(
      `unknown TLP label \`${value}\`.${hint(label, TLP_LABELS)} The labels are ${TLP_LABELS.join(", ")}.`,
    );
  }
  return label as Tlp;
}
