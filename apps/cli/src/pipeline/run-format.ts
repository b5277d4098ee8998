import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  FormatOptionError,
  type OutputBytes,
  type OutputFormat,
  type OutputPlan,
  type RawFormatOptions,
} from "@bilat/core";
import type { CliContext } from "../cli-context.js";
import { EXIT } from "../exit-codes.js";
import { loadAllOrReport } from "../load-or-report.js";
import { cacheFolder } from "../output/cache-folder.js";
import { findLeftoverFiles, removeFiles } from "../output/leftover-files.js";
import { outputFolder, withFolderLock } from "../output/output-folder.js";
import { parallelFrom } from "../output/parallel-from.js";
import { startProgress } from "../output/progress.js";
import { checkFilesCurrent, writeFilesAtomically } from "../output/write-files.js";
import { UsageError } from "../usage-error.js";
import { compareEditions, seriesOf } from "./editions.js";
import { placeFiles } from "./output-paths.js";
import { parseSharedOptions } from "./shared-options.js";

/** A format's own option mistakes are usage mistakes (exit 2), like the shared ones. */
function asUsageError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof FormatOptionError) throw new UsageError(error.message);
    throw error;
  }
}

async function asUsageErrorAsync<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FormatOptionError) throw new UsageError(error.message);
    throw error;
  }
}

/** The command that refreshes the files, for the message of a failed `--check`. */
function refreshCommand(format: OutputFormat<unknown>, rawArgs: readonly string[]): string {
  const args = rawArgs.filter((a) => a !== "--check");
  return ["pnpm bilat", format.name, ...args].join(" ");
}

/**
 * The one pipeline every output format runs through: check the options, load each dataset
 * once, plan the files, then compare them with the disk (`--check`) or write them atomically,
 * and say what was done.
 */
export async function runFormat<Options>(
  ctx: CliContext,
  format: OutputFormat<Options>,
  args: Record<string, unknown>,
  rawArgs: readonly string[],
): Promise<void> {
  // Every option is checked before the data is read, so that a typo costs nothing.
  const shared = parseSharedOptions(args, ctx.env);
  const raw: RawFormatOptions = {};
  for (const name of Object.keys(format.options)) raw[name] = args[name] as string | boolean;
  const options = asUsageError(() => format.parseOptions(raw));

  // Machine-readable output on stdout (`--out -`) gets no progress, even on a terminal.
  const progress = await startProgress(ctx, shared.out === "-");
  const datasets = await loadAllOrReport(ctx, shared.dataDirs, {
    cache: cacheFolder(shared.cache, ctx.env),
    ...parallelFrom(ctx.env),
    progress: progress.loading,
  });
  if (datasets === undefined) return progress.stop();
  const editions =
    shared.since === undefined ? undefined : await compareEditions(ctx, datasets, shared.since);
  const period = shared.periods[0] ?? {};
  const selection = {
    datasets,
    languages: shared.languages,
    periods: shared.every === undefined ? shared.periods : seriesOf(shared.every, period, datasets),
    pillars: shared.pillars,
    tlp: shared.tlp,
    generated: shared.generated,
    ...editions,
  };
  let plan: OutputPlan;
  try {
    plan = await format.plan(selection, options, {
      planned(path) {
        progress.planned(path);
        ctx.progress?.planned?.(path);
      },
    });
  } catch (error) {
    if (error instanceof FormatOptionError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.stop();
  }
  if (shared.out === "-") {
    writeToStdout(ctx, format, plan, shared.check);
    return;
  }
  const files = placeFiles(format, plan, shared.out);
  const where = shared.out ?? format.defaultOut;
  /** The files shared with other runs, planned from the output folder as it is now. */
  const sharedFiles = async () => {
    if (format.planShared === undefined) return new Map<string, OutputBytes>();
    const planned = await asUsageErrorAsync(() =>
      (format.planShared as NonNullable<typeof format.planShared>)(
        plan,
        outputFolder(where),
        options,
      ),
    );
    return placeFiles(format, planned, where);
  };

  const owned = (format.ownedFolders?.(plan) ?? []).map((folder) =>
    join(where, ...folder.split("/")),
  );
  const leftover = await findLeftoverFiles(owned, files);

  if (shared.check) {
    const all = new Map([...files, ...(await sharedFiles())]);
    const refresh = refreshCommand(format, rawArgs);
    const current = await checkFilesCurrent(ctx.stderr, all, format.what, refresh);
    for (const file of leftover) ctx.stderr.write(`${file} is left over from an earlier run\n`);
    if (current && leftover.length > 0) {
      ctx.stderr.write(`✗ ${format.what} are stale: run \`${refresh}\`\n`);
    }
    if (current && leftover.length === 0) {
      ctx.stdout.write(`✓ ${count(format, all.size)} in ${where}: up to date\n`);
    } else ctx.exitCode = EXIT.invalidData;
    return;
  }
  for (const dir of new Set([...files.keys()].map((path) => dirname(path)))) {
    await mkdir(dir, { recursive: true });
  }
  let changed = await writeFilesAtomically(files);
  // Only once the new files are in place, so that a failed run leaves the old ones whole.
  await removeFiles(leftover);
  changed += leftover.length;
  let written = files.size;
  if (format.planShared !== undefined) {
    // Planned again under the lock, from what is on disk once this run's files are.
    await mkdir(where, { recursive: true });
    await withFolderLock(where, async () => {
      const common = await sharedFiles();
      changed += await writeFilesAtomically(common);
      written += common.size;
    });
  }
  const { describeFile } = format;
  if (describeFile === undefined) {
    ctx.stdout.write(`✓ ${count(format, written)} in ${where} (${changed} changed)\n`);
    return;
  }
  for (const [path, bytes] of files) {
    ctx.stdout.write(
      `✓ ${capitalise(format.noun.one)} written to ${path} (${describeFile(bytes)})\n`,
    );
  }
}

/** `--out -`: the one planned file goes to standard output, and nothing to disk. */
function writeToStdout(
  ctx: CliContext,
  format: OutputFormat<unknown>,
  plan: OutputPlan,
  check: boolean,
): void {
  if (check) {
    throw new UsageError(
      "`--check` compares files on disk: give `--out` a folder or a file, not `-`",
    );
  }
  const [only, ...more] = plan.values();
  if (only === undefined || more.length > 0) {
    throw new UsageError(
      `\`--out -\` writes one file to standard output, but this run writes ${count(format, plan.size)}: ask for one language and one period, or give a folder`,
    );
  }
  ctx.stdout.write(only);
}

const count = (format: OutputFormat<unknown>, n: number) =>
  `${n} ${n === 1 ? format.noun.one : format.noun.other}`;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
