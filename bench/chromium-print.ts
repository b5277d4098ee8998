/** The yardstick of the brief's speed: headless Chromium printing the Markdown report to PDF. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Timing, timeCommand } from "./measure.js";

export interface ChromiumPrintOptions {
  /** The data folder whose English report is printed. */
  dataDir: string;
  /** The built command line (`apps/cli/dist/main.js`) and the folder it runs from. */
  main: string;
  root: string;
  /** A scratch folder for the report, the HTML, the PDF and Chromium's profile. */
  temp: string;
  runs: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * The Markdown report of a folder turned into HTML by cmark-gfm and printed to PDF by headless
 * Chromium, timed as fresh processes with an empty profile each time; the reason it was skipped
 * when either is not installed.
 */
export function chromiumPrint(options: ChromiumPrintOptions): Timing | string {
  const { dataDir, main, root, temp, runs, env } = options;
  const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (chromium === undefined) return "skipped: no chromium (Debian: apt-get install chromium)";
  if (spawnSync("cmark-gfm", ["--version"]).status !== 0) {
    return "skipped: no cmark-gfm to turn the report into HTML (apt-get install cmark-gfm)";
  }
  const out = join(temp, "report");
  execFileSync(
    process.execPath,
    [main, "report", "--data", dataDir, "--lang", "en", "--out", out],
    {
      cwd: root,
      env,
    },
  );
  const md = readdirSync(out, { recursive: true, encoding: "utf8" }).find((f) =>
    f.endsWith("en.md"),
  );
  const body = execFileSync(
    "cmark-gfm",
    ["-e", "table", "-e", "autolink", "-e", "strikethrough", join(out, md as string)],
    { encoding: "utf8", maxBuffer: 1 << 30 },
  );
  const html = join(temp, "report.html");
  writeFileSync(html, `<!doctype html><meta charset="utf-8"><title>report</title>${body}`);
  const profile = join(temp, "chromium-profile");
  // As recommended on this kind of machine: no sandbox as root, and no background networking.
  const flags = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${profile}`,
    "--no-pdf-header-footer",
    `--print-to-pdf=${join(temp, "chromium.pdf")}`,
    `file://${html}`,
  ];
  return timeCommand(chromium, flags, {
    cwd: temp,
    runs,
    before: () => rmSync(profile, { recursive: true, force: true }),
  });
}
