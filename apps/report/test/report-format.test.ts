import { type Dataset, loadDataset, type OutputSelection } from "@bilat/core";
import { beforeAll, describe, expect, it } from "vitest";
import { reportFormat } from "../src/report-format.js";
import { MINIMAL, RICH } from "./support/data-folders.js";

async function load(dir: string): Promise<Dataset> {
  const result = await loadDataset(dir);
  if (!result.ok) throw new Error(`${dir} is invalid`);
  return result.dataset;
}

const selection = (datasets: Dataset[], more: Partial<OutputSelection> = {}): OutputSelection => ({
  datasets,
  languages: undefined,
  periods: [{}],
  pillars: undefined,
  tlp: undefined,
  generated: undefined,
  ...more,
});

const options = { templatesDir: undefined };
let minimal: Dataset;
let rich: Dataset;
beforeAll(async () => {
  [minimal, rich] = await Promise.all([load(MINIMAL), load(RICH)]);
});

describe("the report as an output format", () => {
  it("writes every language of every dataset, with each pair's index entries", async () => {
    const files = await reportFormat.plan(selection([minimal, rich]), options);
    // Each report with its map and chart beside it, and the pair's entries for the shared index
    // (`README.md` is built from them by `planShared`, across every pair under the folder).
    const withFigures = (folder: string) => [
      ...["en", "fr"].flatMap((l) => [
        `${folder}/${l}.md`,
        `${folder}/${l}-map.svg`,
        `${folder}/${l}-chart.svg`,
      ]),
      `${folder}/index.json`,
    ];
    expect([...files.keys()].sort()).toEqual(
      [...withFigures("sen-mli"), ...withFigures("sen-mli-test")].sort(),
    );
    for (const pair of ["sen-mli", "sen-mli-test"]) {
      const entries = String(files.get(`${pair}/index.json`));
      for (const lang of ["en", "fr"]) expect(entries).toContain(`${pair}/${lang}.md`);
    }
  });

  it("writes a shorter period apart, and no index for it", async () => {
    const files = await reportFormat.plan(
      selection([minimal], { periods: [{ from: "2025-02", to: "2025-03" }], languages: ["fr"] }),
      options,
    );
    expect([...files.keys()]).toEqual([
      "sen-mli/2025-02_2025-03/fr.md",
      "sen-mli/2025-02_2025-03/fr-map.svg",
      "sen-mli/2025-02_2025-03/fr-chart.svg",
    ]);
  });

  it("refuses a templates option that names no folder, as a mistake in the options", () => {
    expect(() => reportFormat.parseOptions({ templates: "/no/such/folder" })).toThrow(
      /is not a folder of .hbs templates/,
    );
  });
});
