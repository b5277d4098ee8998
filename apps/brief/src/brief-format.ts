import {
  editionsOf,
  type OutputFormat,
  type OutputPlan,
  type OutputSelection,
} from "@bilat/core/output";
import { BRIEF_PROFILE } from "./brief-profile.js";
import { countPages } from "./page-count.js";

/**
 * The PDF briefing note as an output format: one PDF per dataset, period and language, named
 * `<dataset>_<from>_<to>_<lang>.pdf`. Every brief of a run shares the loaded data and the warm
 * renderer (fonts, atlas and chart compiler are loaded once per process).
 */
const DEFAULT_LANGUAGES = "first";

export const briefFormat: OutputFormat = {
  name: "brief",
  description: "Write the PDF briefing note of a period, one per language",
  what: "PDF briefs",
  noun: { one: "brief", other: "briefs" },
  defaultOut: "out",
  outMayBeFile: true,
  defaultLanguages: DEFAULT_LANGUAGES,
  options: {},
  parseOptions: () => ({}),
  async plan(selection: OutputSelection, _options, hooks): Promise<OutputPlan> {
    // Loaded only now: pdfmake and the world atlas take a second or more to import, and
    // the library's schemas a tenth, which every other command (and its --help) would pay.
    const [{ buildDigest, editionOptions }, { renderBrief }] = await Promise.all([
      import("@bilat/core"),
      import("./render-brief.js"),
    ]);
    const files: OutputPlan = new Map();
    for (const { dataset, lang, from, to } of editionsOf(selection, DEFAULT_LANGUAGES)) {
      const digest = buildDigest(dataset, {
        lang,
        from,
        to,
        pillars: selection.pillars,
        tlp: selection.tlp,
        generated: selection.generated,
        profile: BRIEF_PROFILE,
        ...editionOptions(selection, dataset),
      });
      const path = `${dataset.info.id}_${from}_${to}_${lang}.pdf`;
      files.set(path, await renderBrief(digest));
      hooks?.planned?.(path);
    }
    return files;
  },
  describeFile(bytes) {
    const pages = countPages(Buffer.from(bytes));
    return `${pages} page${pages === 1 ? "" : "s"}`;
  },
};
