import { relative, resolve } from "node:path";
import { fill, formatPath, type Language, labelsFor, type Problem } from "@bilat/core";
import type { Colours } from "./colours.js";

export const PROBLEM_FORMATS = ["text", "json", "github"] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

/** The file as a user can open it from where the command ran. */
export function displayPath(dataDir: string, file: string): string {
  const absolute = resolve(dataDir, file);
  const path = relative(process.cwd(), absolute).split("\\").join("/");
  // Outside the working folder a relative path (../../…) is harder to read than the full one.
  return path.startsWith("..") ? absolute : path;
}

/** "expected …" in the problems' language. */
const expectedText = (expected: string, lang: Language) =>
  fill(labelsFor(lang).validation.expected, { expected });

/**
 * `file:line:col  severity  message` lines, as compilers print them, so editors link to them.
 * The severity and the code stay in English whatever the language: tools match on them.
 */
export function formatText(
  problems: readonly Problem[],
  dataDir: string,
  c: Colours,
  lang: Language = "en",
): string {
  return problems
    .map((p) => {
      const where = c.bold(`${displayPath(dataDir, p.file)}:${p.line}:${p.column}`);
      const tag = p.severity === "error" ? c.red("error") : c.yellow("warning");
      const expected = p.expected ? `\n    ${c.dim(expectedText(p.expected, lang))}` : "";
      return `${where}  ${tag}  ${p.message}  ${c.dim(`[${p.code}]`)}${expected}`;
    })
    .join("\n");
}

/** GitHub Actions workflow commands, shown as annotations on the lines of a pull request. */
export function formatGithub(
  problems: readonly Problem[],
  dataDir: string,
  lang: Language = "en",
): string {
  const escapeData = (s: string) =>
    s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return problems
    .map((p) => {
      const command = p.severity === "error" ? "error" : "warning";
      const file = escapeProperty(displayPath(dataDir, p.file));
      const title = escapeProperty(`bilat ${p.code}`);
      const expected = p.expected ? ` (${expectedText(p.expected, lang)})` : "";
      return `::${command} file=${file},line=${p.line},col=${p.column},title=${title}::${escapeData(p.message + expected)}`;
    })
    .join("\n");
}

/**
 * Problems as JSON for other tools: every field of each problem (its code and payload, the same
 * in every language, and its message in the language asked for), with the path also as text.
 */
export function formatJson(problems: readonly Problem[], dataDir: string, summary: object): string {
  const items = problems.map((p) => ({
    ...p,
    file: displayPath(dataDir, p.file),
    pointer: formatPath(p.path),
  }));
  return `${JSON.stringify({ ...summary, problems: items }, null, 2)}\n`;
}
