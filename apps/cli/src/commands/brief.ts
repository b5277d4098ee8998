import { statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { buildDigest, dateBounds, documentDate, PILLARS } from "@bilat/core";
import { defineCommand } from "citty";
import { loadOrReport } from "../load-or-report.js";
import { parseLanguage, parsePeriod, parsePillars, parseTlp } from "../option-values.js";
import { writeFilesAtomically } from "../output/write-files.js";
import { dataArg } from "./shared-args.js";

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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
      description:
        "PDF to write, or a folder to write it in (Default: out/<pair>_<from>_<to>_<lang>.pdf)",
    },
  },
  async run({ args }) {
    // Options are checked before the data is read, so a typo costs nothing.
    const { from, to } = parsePeriod(args.from, args.to);
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
    const name = `${dataset.info.id}_${period.from}_${period.to}_${lang}.pdf`;
    // `--out` may name the file, or a folder to write the usual file name into.
    const out =
      args.out === undefined
        ? join("out", name)
        : isFolder(args.out)
          ? join(args.out, name)
          : args.out;
    await mkdir(dirname(out), { recursive: true });
    await writeFilesAtomically(new Map([[out, pdf]]));
    const pages = countPages(pdf);
    process.stdout.write(`✓ Brief written to ${out} (${pages} page${pages === 1 ? "" : "s"})\n`);
  },
});
