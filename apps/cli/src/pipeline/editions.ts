import {
  compareDatasets,
  type Dataset,
  dataRevision,
  type EditionComparison,
  loadDatasetAtRevision,
  type OutputPeriod,
  type Revision,
  RevisionError,
  resolveRevision,
  type SeriesStep,
  seriesPeriods,
} from "@bilat/core";
import type { CliContext } from "../cli-context.js";
import { printProblems } from "../load-or-report.js";
import { UsageError } from "../usage-error.js";

/**
 * Each dataset's earlier edition at `ref`, read from git, and what changed since; and the
 * commit the data is at. An earlier dataset that no longer loads is reported, and compared for
 * what of it can be read; a folder outside git or an unknown revision is a usage error.
 */
export async function compareEditions(
  ctx: CliContext,
  datasets: readonly Dataset[],
  ref: string,
): Promise<{ comparisons: Map<Dataset, EditionComparison>; revisions: Map<Dataset, Revision> }> {
  const comparisons = new Map<Dataset, EditionComparison>();
  const revisions = new Map<Dataset, Revision>();
  for (const dataset of datasets) {
    let earlier: { dataset: Dataset; revision: Revision };
    try {
      earlier = await loadDatasetAtRevision(dataset.dir, ref);
    } catch (error) {
      if (!(error instanceof RevisionError)) throw error;
      if (error.code !== "earlier-dataset-invalid" || error.partial === undefined) {
        throw new UsageError(`\`--since ${ref}\`: ${error.message}`);
      }
      printProblems(
        ctx,
        error.problems,
        `${ref}:${dataset.dir}`,
        "text",
        `! ${error.message}; comparing what could be read`,
        false,
      );
      const revision = await resolveRevision(dataset.dir, ref);
      earlier = { dataset: error.partial, revision };
    }
    comparisons.set(dataset, {
      revision: earlier.revision,
      changes: compareDatasets(earlier.dataset, dataset),
    });
    const current = await dataRevision(dataset.dir);
    if (current !== undefined) {
      revisions.set(dataset, {
        ...current,
        shortCommit: current.dirty ? `${current.shortCommit}-dirty` : current.shortCommit,
      });
    }
  }
  return { comparisons, revisions };
}

/**
 * `--every month|quarter`: the months or quarters of the period asked for, or of every
 * dataset's coverage when none was, each an edition of its own.
 */
export function seriesOf(
  step: SeriesStep,
  period: OutputPeriod,
  datasets: readonly Dataset[],
): OutputPeriod[] {
  const starts = datasets.map((d) => d.info.coverage.from).sort();
  const ends = datasets.map((d) => d.info.coverage.to).sort();
  const from = period.from ?? starts[0];
  const to = period.to ?? ends.at(-1);
  if (from === undefined || to === undefined) return [period];
  return seriesPeriods(from, to, step);
}
