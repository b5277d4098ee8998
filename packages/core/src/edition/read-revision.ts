import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import type { Dataset } from "../dataset.js";
import { loadDataset } from "../load/load-dataset.js";
import type { Problem } from "../load/problem.js";
import { git } from "./git.js";

/** A revision of the repository that holds a data folder. */
export interface Revision {
  /** The name it was asked by (tag, branch, `HEAD~3`…). */
  ref: string;
  commit: string;
  shortCommit: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
}

export type RevisionErrorCode =
  | "git-missing"
  | "not-a-repository"
  | "unknown-revision"
  | "no-data-at-revision"
  | "earlier-dataset-invalid";

/** Why the earlier edition could not be read; `problems` for a dataset that no longer loads. */
export class RevisionError extends Error {
  constructor(
    readonly code: RevisionErrorCode,
    message: string,
    readonly problems: readonly Problem[] = [],
    /** What of the earlier dataset could be read, to compare with all the same. */
    readonly partial?: Dataset,
  ) {
    super(message);
    this.name = "RevisionError";
  }
}

/** The repository's top folder and the data folder's path inside it. */
async function locate(dir: string): Promise<{ top: string; prefix: string }> {
  const found = await git(dir, ["rev-parse", "--show-toplevel"]);
  if (!found.ok) {
    if (found.missing)
      throw new RevisionError(
        "git-missing",
        "git is not installed, so no earlier edition can be read",
      );
    throw new RevisionError(
      "not-a-repository",
      `the data folder ${dir} is not inside a git repository`,
    );
  }
  const top = found.stdout.toString("utf8").trim();
  const prefix = relative(await realpath(top), await realpath(dir))
    .split(sep)
    .join("/");
  return { top, prefix };
}

/** The commit a name stands for, with its date; a RevisionError when there is none. */
export async function resolveRevision(dir: string, ref: string): Promise<Revision> {
  await locate(dir);
  if (ref.startsWith("-"))
    throw new RevisionError("unknown-revision", `\`${ref}\` is not a revision`);
  const shown = await git(dir, ["log", "-1", "--format=%H%x00%h%x00%cs", `${ref}^{commit}`, "--"]);
  if (!shown.ok) {
    throw new RevisionError(
      "unknown-revision",
      `the repository has no revision \`${ref}\` (expected a tag, branch or commit, e.g. \`HEAD~1\`)`,
    );
  }
  const [commit = "", shortCommit = "", date = ""] = shown.stdout
    .toString("utf8")
    .trim()
    .split("\0");
  return { ref, commit, shortCommit, date };
}

/** The revision the working tree is at (HEAD), when the folder is in a repository with commits. */
export async function currentRevision(dir: string): Promise<Revision | undefined> {
  try {
    return await resolveRevision(dir, "HEAD");
  } catch {
    return undefined;
  }
}

/** Reads blobs by id through one `git cat-file --batch`: `<id> blob <size>\n<bytes>\n` each. */
async function readBlobs(top: string, ids: readonly string[]): Promise<Buffer[]> {
  const result = await git(top, ["cat-file", "--batch"], `${ids.join("\n")}\n`);
  if (!result.ok)
    throw new RevisionError(
      "no-data-at-revision",
      `git could not read the files: ${result.stderr}`,
    );
  const out = result.stdout;
  const blobs: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const eol = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, eol).toString("latin1").split(" ")[2]);
    blobs.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return blobs;
}

/**
 * Loads the data folder as it was at a revision, with the same loader as the current one. The
 * files are read from git's objects into a temporary folder: no checkout, the working tree is
 * never touched.
 */
export async function loadDatasetAtRevision(
  dir: string,
  ref: string,
): Promise<{ dataset: Dataset; revision: Revision }> {
  const { top, prefix } = await locate(dir);
  const revision = await resolveRevision(dir, ref);
  const listed = await git(top, [
    "ls-tree",
    "-r",
    "-z",
    "--full-tree",
    revision.commit,
    "--",
    prefix === "" ? "." : prefix,
  ]);
  const entries = listed.ok
    ? listed.stdout
        .toString("utf8")
        .split("\0")
        .filter((line) => line.includes(" blob "))
        .map((line) => {
          const [meta = "", path = ""] = line.split("\t");
          return {
            id: meta.split(" ")[2] ?? "",
            path: prefix === "" ? path : path.slice(prefix.length + 1),
          };
        })
    : [];
  if (entries.length === 0) {
    throw new RevisionError(
      "no-data-at-revision",
      `the data folder ${prefix === "" ? "." : prefix} does not exist at ${ref} (${revision.shortCommit})`,
    );
  }
  const blobs = await readBlobs(
    top,
    entries.map((e) => e.id),
  );
  const scratch = await mkdtemp(join(tmpdir(), "bilat-edition-"));
  try {
    for (const [i, entry] of entries.entries()) {
      const target = join(scratch, ...entry.path.split("/"));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, blobs[i] ?? Buffer.alloc(0));
    }
    const result = await loadDataset(scratch);
    if (!result.ok) {
      const errors = result.problems.filter((p) => p.severity === "error");
      const files = [...new Set(errors.map((p) => p.file))];
      throw new RevisionError(
        "earlier-dataset-invalid",
        `the data at ${ref} (${revision.shortCommit}) no longer loads: ${errors.length} problem${errors.length === 1 ? "" : "s"} in ${files.join(", ")}`,
        errors,
        result.partial === undefined ? undefined : { ...result.partial, dir },
      );
    }
    return { dataset: { ...result.dataset, dir }, revision };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The last commit that changed the data folder, for naming an edition's data: unlike HEAD, it
 * stays the same across commits that leave the data alone, so outputs stay byte-identical.
 * `dirty` when the folder holds changes not yet committed. Undefined outside git.
 */
export async function dataRevision(
  dir: string,
): Promise<(Revision & { dirty: boolean }) | undefined> {
  let located: { top: string; prefix: string };
  try {
    located = await locate(dir);
  } catch {
    return undefined;
  }
  const path = located.prefix === "" ? "." : located.prefix;
  const shown = await git(located.top, ["log", "-1", "--format=%H%x00%h%x00%cs", "--", path]);
  if (!shown.ok) return undefined;
  const [commit = "", shortCommit = "", date = ""] = shown.stdout
    .toString("utf8")
    .trim()
    .split("\0");
  if (commit === "") return undefined;
  const status = await git(located.top, ["status", "--porcelain", "--", path]);
  const dirty = status.ok && status.stdout.toString("utf8").trim() !== "";
  return { ref: "HEAD", commit, shortCommit, date, dirty };
}
