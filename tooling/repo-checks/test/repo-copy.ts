import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { REPO_ROOT } from "./repo-root.js";

export const turbo = join(REPO_ROOT, "node_modules/.bin/turbo");

/** Folders of the workspace that hold packages, each one level down (data/sen-mli, apps/cli…). */
const PACKAGE_PARENTS = ["apps", "packages", "tooling", "data"];

export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    "git",
    ["-c", "user.name=bilat", "-c", "user.email=bilat@localhost", ...args],
    { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
}

/** Links every package's installed dependencies into a copy or clone of the repository. */
export function linkDependencies(copy: string): void {
  const workspaceDirs = [
    ".",
    "examples",
    ...PACKAGE_PARENTS.flatMap((d) => readdirSync(join(REPO_ROOT, d)).map((p) => `${d}/${p}`)),
  ];
  for (const dir of workspaceDirs) {
    if (existsSync(join(REPO_ROOT, dir, "node_modules")) && existsSync(join(copy, dir)))
      symlinkSync(join(REPO_ROOT, dir, "node_modules"), join(copy, dir, "node_modules"));
  }
}

/**
 * A private copy of the repository (its files as git sees them, its own git history and turbo
 * cache) that reuses the installed dependencies by linking every package's node_modules.
 */
export function copyRepository(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  const tracked = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(REPO_ROOT, file))) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(copy, file));
  }
  linkDependencies(copy);
  git(copy, "init", "-q");
  git(copy, "add", "-A");
  git(copy, "commit", "-qm", "snapshot");
  return copy;
}

/**
 * Adds a country pair the way the README says: the records of `records` in `data/<id>/`, with
 * the package files of the shipped pair, its name and output paths changed to the new id.
 */
export function addPair(copy: string, id: string, records: string): void {
  const dir = join(copy, "data", id);
  cpSync(records, dir, { recursive: true });
  const shipped = join(copy, "data/sen-mli");
  const pkg = JSON.parse(readFileSync(join(shipped, "package.json"), "utf8"));
  pkg.name = `@bilat/data-${id}`;
  pkg.description = `The ${id} dataset.`;
  // The shipped pair's lint, typecheck and tests are about its own test files: a pair without
  // tests keeps only the data tasks.
  for (const script of ["lint", "typecheck", "test"]) delete pkg.scripts[script];
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  const turboJson = readFileSync(join(shipped, "turbo.json"), "utf8").replaceAll("sen-mli", id);
  writeFileSync(join(dir, "turbo.json"), turboJson);
  for (const file of ["tsconfig.json", "vitest.config.ts"])
    cpSync(join(shipped, file), join(dir, file));
  // The same dependencies as the shipped pair, already installed.
  symlinkSync(join(REPO_ROOT, "data/sen-mli/node_modules"), join(dir, "node_modules"));
}
