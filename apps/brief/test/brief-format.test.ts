import { fileURLToPath } from "node:url";
import { type Dataset, loadDataset, type OutputSelection } from "@bilat/core";
import { beforeAll, describe, expect, it } from "vitest";
import { briefFormat } from "../src/brief-format.js";
import { countPages } from "../src/page-count.js";
import { FOLDERS } from "./fixtures.js";

const RICH = fileURLToPath(new URL("../../report/test/fixtures/rich", import.meta.url));

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

let minimal: Dataset;
let rich: Dataset;
beforeAll(async () => {
  [minimal, rich] = await Promise.all([load(FOLDERS.minimal), load(RICH)]);
});

describe("the brief as an output format", () => {
  it("writes one PDF per dataset, period and language in one plan", async () => {
    const planned: string[] = [];
    const files = await briefFormat.plan(
      selection([minimal, rich], {
        languages: ["fr"],
        periods: [{}, { from: "2025-02", to: "2025-02" }],
      }),
      {},
      { planned: (path) => planned.push(path) },
    );
    const names = [
      "sen-mli_2025-01_2025-12_fr.pdf",
      "sen-mli_2025-02_2025-02_fr.pdf",
      "sen-mli-test_2024-01_2025-12_fr.pdf",
      "sen-mli-test_2025-02_2025-02_fr.pdf",
    ];
    expect([...files.keys()]).toEqual(names);
    expect(planned).toEqual(names);
    for (const [path, pdf] of files) {
      expect(Buffer.from(pdf).subarray(0, 5).toString(), path).toBe("%PDF-");
      expect(countPages(Buffer.from(pdf)), path).toBeGreaterThan(0);
    }
  }, 180_000);

  it("writes the dataset's first language when none is asked for", async () => {
    const files = await briefFormat.plan(selection([minimal]), {});
    expect([...files.keys()]).toEqual([`sen-mli_2025-01_2025-12_${minimal.info.languages[0]}.pdf`]);
  });

  it("says how many pages a file has", async () => {
    const [pdf] = (await briefFormat.plan(selection([minimal]), {})).values();
    expect(briefFormat.describeFile?.(pdf as Uint8Array)).toMatch(/^\d+ pages?$/);
  });
});
