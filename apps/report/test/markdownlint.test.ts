import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDigest, type Language } from "@bilat/core";
import { main as markdownlint } from "markdownlint-cli2";
import { afterAll, describe, expect, it } from "vitest";
import { renderIndex } from "../src/render-index.js";
import { renderReport } from "../src/render-report.js";
import {
  loadValid,
  MINIMAL,
  RICH,
  removeTemporaryFolders,
  temporaryFolder,
} from "./support/data-folders.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CONFIG = join(ROOT, ".markdownlint-cli2.jsonc");

/** Runs markdownlint-cli2 with the repository's configuration; returns its exit code and output. */
async function lint(directory: string, globs: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const code = await markdownlint({
    directory,
    argv: [...globs, "--config", CONFIG],
    logMessage: log,
    logError: log,
  });
  return { code, output: lines.join("\n") };
}

afterAll(removeTemporaryFolders);

describe("markdownlint", () => {
  it("passes on reports rendered from the test data, in both languages, and their index", async () => {
    const out = await temporaryFolder();
    const links = [];
    for (const [name, dir] of [
      ["minimal", MINIMAL],
      ["rich", RICH],
    ] as const) {
      const dataset = await loadValid(dir);
      for (const lang of ["en", "fr"] as Language[]) {
        const digest = buildDigest(dataset, { lang });
        await writeFile(join(out, `${name}-${lang}.md`), renderReport(digest));
        links.push({ path: `${name}-${lang}.md`, digest });
      }
    }
    await writeFile(join(out, "README.md"), renderIndex(links));
    const result = await lint(out, ["*.md"]);
    expect(result.output).toContain("Linting: 5 file(s)");
    expect(result.output).toContain("Summary: 0 error(s)");
    expect(result.code).toBe(0);
  });

  it("fails on a report whose table has lost a cell, so the check can fail", async () => {
    const out = await temporaryFolder();
    const markdown = renderReport(buildDigest(await loadValid(MINIMAL), { lang: "en" }));
    const broken = markdown.replace(
      "| Length of the common border |",
      "| Length of the common border",
    );
    expect(broken).not.toBe(markdown);
    await writeFile(join(out, "broken.md"), broken);
    const result = await lint(out, ["*.md"]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/MD055|MD056/);
  });

  it("passes on the reports committed under reports/", async () => {
    expect(existsSync(join(ROOT, "reports/README.md"))).toBe(true);
    const result = await lint(ROOT, ["reports/**/*.md"]);
    expect(result.output).toMatch(/Linting: [1-9]\d* file\(s\)/);
    expect(result.code).toBe(0);
  });
});
