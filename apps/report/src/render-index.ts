import type { Digest, Labels } from "@bilat/core";
import { createEnvironment } from "./create-environment.js";
import { loadTemplates } from "./load-templates.js";
import type { RenderOptions } from "./render-report.js";
import { tidyMarkdown } from "./tidy-markdown.js";

/**
 * What the index shows of a report's summary: its language, labels and metadata. A whole
 * `Digest` is one; so is an entry read back from a pair's `index.json`.
 */
export interface IndexDigest {
  lang: Digest["lang"];
  labels: Labels;
  meta: Pick<Digest["meta"], "datasetId" | "title" | "period" | "cutoff" | "tlp">;
}

/** A report to list in the index: where it is, relative to the index, and what it covers. */
export interface ReportLink {
  path: string;
  digest: IndexDigest;
  /** Its chronology pages, relative to the index, when it has them. */
  pages?: string[];
}

/** What `index.hbs` receives: each language's labels once, then the reports by dataset. */
export interface IndexContext {
  languages: Labels[];
  datasets: { id: string; title: string; reports: ReportLink[] }[];
}

/** Groups the reports by dataset (in the order given) for the index template. */
export function indexContext(reports: readonly ReportLink[]): IndexContext {
  const languages = new Map<string, Labels>();
  const datasets = new Map<string, IndexContext["datasets"][number]>();
  for (const report of reports) {
    const { lang, labels, meta } = report.digest;
    if (!languages.has(lang)) languages.set(lang, labels);
    const dataset = datasets.get(meta.datasetId) ?? {
      id: meta.datasetId,
      title: meta.title,
      reports: [],
    };
    dataset.reports.push({ ...report, pages: report.pages ?? [] });
    datasets.set(meta.datasetId, dataset);
  }
  return { languages: [...languages.values()], datasets: [...datasets.values()] };
}

/** The Markdown index linking each report (`index.hbs`). */
export function renderIndex(reports: readonly ReportLink[], options: RenderOptions = {}): string {
  const render = createEnvironment(loadTemplates(options.templatesDir)).get("index");
  if (render === undefined) throw new Error("the index template `index.hbs` is missing");
  return tidyMarkdown(render(indexContext(reports)));
}
