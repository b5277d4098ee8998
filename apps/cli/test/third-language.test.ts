import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { englishLanguage, registerLanguage } from "@bilat/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bilat, dataFolder, fixtureText, type Run, removeDataFolders } from "./helpers/bilat.js";
import { pdfText } from "./helpers/pdf-text.js";
import { pseudoLanguage, TAG } from "./languages/pseudo/index.js";

// A language that ships with nothing: registered here, before any data is read.
registerLanguage(pseudoLanguage);

afterAll(removeDataFolders);

/** Whether `text` holds `word` anywhere but right after the pseudo-language's tag. */
const untagged = (text: string, word: string) =>
  text.split(`${TAG}${word}`).join("").includes(word);

describe("a third language registered by a test", () => {
  let dir: string;
  let brief: Run;
  let report: Run;
  let pdf: string;
  let markdown: string;
  let csv: string;
  const title = "XX·own title of the pledge";

  beforeAll(async () => {
    const dataset = (await fixtureText("dataset.yaml")).replace(
      "languages: [en, fr]",
      "languages: [xx, en]",
    );
    const event = (await fixtureText("events/evt-pledge.yaml")).replace(
      "title:\n",
      `title:\n  xx: ${title}\n`,
    );
    ({ dir } = await dataFolder({ "dataset.yaml": dataset, "events/evt-pledge.yaml": event }));
    const out = join(dir, "out");
    brief = await bilat(["brief", "--data", dir, "--lang", "xx", "--out", join(out, "brief")]);
    report = await bilat(["report", "--data", dir, "--lang", "xx", "--out", join(out, "report")]);
    const [pdfFile] = await readdir(join(out, "brief"));
    pdf = await pdfText(join(out, "brief", pdfFile ?? ""));
    const mdFiles = (await readdir(join(out, "report"), { recursive: true })).filter((f) =>
      f.endsWith("xx.md"),
    );
    markdown = await readFile(join(out, "report", mdFiles[0] ?? ""), "utf8");
    const csvFile = join(out, "events.csv");
    const exported = await bilat([
      "export",
      "--format",
      "csv",
      "--data",
      dir,
      "--lang",
      "xx",
      "--out",
      csvFile,
    ]);
    expect(exported.status, exported.stderr).toBe(0);
    csv = await readFile(csvFile, "utf8");
  }, 120_000);

  it("writes a brief and a report in it", () => {
    expect(brief.stderr).not.toMatch(/error/);
    expect(brief.status).toBe(0);
    expect(report.status).toBe(0);
  });

  it("prints the data's own text in that language", () => {
    expect(pdf).toContain(title);
    expect(markdown).toContain(title);
  });

  it("prints its labels, dates and country names in the brief", () => {
    const { labels } = englishLanguage;
    expect(pdf).toContain(`${TAG}${labels.sections.keyJudgments}`);
    expect(pdf).toContain(`${TAG}${labels.document.pair}`.toLocaleUpperCase("en"));
    expect(pdf).toContain(`${TAG}February`);
    expect(pdf).toContain(`${TAG}Senegal`.toLocaleUpperCase("en"));
    for (const word of [labels.fields.confidence, labels.document.cutoff, labels.sections.gaps]) {
      expect(untagged(pdf, word), word).toBe(false);
    }
  });

  it("names the countries of the exports as the language module does", () => {
    // Bamako's country, in the CSV's country column.
    expect(csv).toContain(`,${TAG}Mali,MLI,`);
    expect(csv).toContain(title);
  });

  it("prints its labels and dates in the report, no English section name left", () => {
    for (const heading of Object.values(englishLanguage.labels.sections)) {
      expect(untagged(markdown, heading), heading).toBe(false);
    }
    expect(markdown).toContain(`## ${TAG}${englishLanguage.labels.sections.keyJudgments}`);
    expect(markdown).toMatch(new RegExp(`\\d ${TAG}February 2025`));
  });

  it("words the validator's problems in it, with the same codes", async () => {
    const run = await bilat(["validate", "--data", dir, "--lang", "xx"]);
    // The other texts have no `xx` version: each is a warning, in the pseudo-language.
    const warnings = run.stdout
      .concat(run.stderr)
      .split("\n")
      .filter((l) => l.endsWith("[missing-translation]"));
    expect(warnings.length).toBeGreaterThan(0);
    for (const line of warnings) expect(line).toContain(`warning  ${TAG}`);
  });
});
