import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  buildDigest,
  dateBounds,
  documentDate,
  isPartialDate,
  LANGUAGES,
  type Language,
  PILLARS,
  type Pillar,
  suggest,
  TLP_LABELS,
  type Tlp,
} from "@bilat/core";
import { defineCommand } from "citty";
import { loadOrReport } from "../load-or-report.js";
import { writeFilesAtomically } from "../output/write-files.js";
import { UsageError } from "../usage-error.js";
import { dataArg } from "./shared-args.js";

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

/** A comma-separated list of pillars, each checked against the five (with a suggestion). */
function parsePillars(value: string | undefined): Pillar[] | undefined {
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

function parseLanguage(value: string): Language {
  const lang = value.trim().toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    throw new UsageError(
      `unknown language \`${value}\`.${hint(lang, LANGUAGES)} The languages are ${LANGUAGES.join(", ")}.`,
    );
  }
  return lang as Language;
}

/** A TLP 2.0 label; `amber` and `tlp:amber` are read as `TLP:AMBER`. */
function parseTlp(value: string | undefined): Tlp | undefined {
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

export const briefCommand = defineCommand({
  meta: {
    name: "brief",
    description: "Write the PDF briefing note of a period, in English or French",
  },
  args: {
    ...dataArg,
    from: {
      type: "string",
      valueHint: "date",
      description: "First day, month or year covered (Default: start of the dataset's coverage)",
    },
    to: {
      type: "string",
      valueHint: "date",
      description: "Last day, month or year covered (Default: end of the dataset's coverage)",
    },
    pillars: {
      type: "string",
      valueHint: "list",
      description: `Pillars to cover, comma-separated: ${PILLARS.join(", ")} (Default: all)`,
    },
    lang: { type: "string", valueHint: "en|fr", default: "en", description: "Language" },
    tlp: {
      type: "string",
      valueHint: "label",
      description: "Sharing label, e.g. TLP:AMBER (Default: the dataset's)",
    },
    out: {
      type: "string",
      valueHint: "file",
      description: "PDF to write (Default: out/<pair>_<from>_<to>_<lang>.pdf)",
    },
  },
  async run({ args }) {
    // Options are checked before the data is read, so a typo costs nothing.
    const from = parseDate("from", args.from);
    const to = parseDate("to", args.to);
    if (from !== undefined && to !== undefined && dateBounds(from).start > dateBounds(to).end) {
      throw new UsageError(`\`--from ${from}\` is after \`--to ${to}\``);
    }
    const pillars = parsePillars(args.pillars);
    const lang = parseLanguage(args.lang);
    const tlp = parseTlp(args.tlp);

    const dataset = await loadOrReport(args.data);
    if (dataset === undefined) return;
    // Loaded only now: pdfmake, vega and the world atlas take a second or more to import, which
    // every other command (and every usage error) would otherwise pay.
    const { BRIEF_MAX_DEVELOPMENTS, countPages, renderBrief } = await import("@bilat/brief");
    const digest = buildDigest(dataset, {
      lang,
      from,
      to,
      pillars,
      tlp,
      maxDevelopments: BRIEF_MAX_DEVELOPMENTS,
      generated: documentDate(dateBounds(dataset.info.cutoff).end, process.env.SOURCE_DATE_EPOCH),
    });
    const pdf = await renderBrief(digest);
    const { period } = digest.meta;
    const out =
      args.out ?? join("out", `${dataset.info.id}_${period.from}_${period.to}_${lang}.pdf`);
    await mkdir(dirname(out), { recursive: true });
    await writeFilesAtomically(new Map([[out, pdf]]));
    const pages = countPages(pdf);
    process.stdout.write(`✓ Brief written to ${out} (${pages} page${pages === 1 ? "" : "s"})\n`);
  },
});
