/**
 * Several country pairs in one repository: the shipped Senegal–Mali dataset and a second pair
 * (Mauritania–Mali, a test fixture) under one data/ folder, rendered into one reports/ folder.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bilatProcess as bilat, MRT_MLI, ROOT } from "./helpers/bilat.js";

// Every run is a process of its own (a run from another folder): minutes on a loaded machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let repo: string;
const reports = () => join(repo, "reports");
const SHIPPED = join(ROOT, "data/sen-mli");

/** Every link of the index, as a Markdown parser reads it. */
function indexLinks(): string[] {
  const tree = fromMarkdown(readFileSync(join(reports(), "README.md"), "utf8"));
  const links: string[] = [];
  const visit = (node: { type: string; url?: string; children?: unknown[] }) => {
    if (node.type === "link" && node.url) links.push(node.url);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return links;
}

/** The second-level headings of the index: one per pair. */
function indexPairs(): string[] {
  return readFileSync(join(reports(), "README.md"), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("## "))
    .map((l) => l.slice(3));
}

beforeAll(() => {
  // A repository as an analyst has it after adding a pair: the shipped data and reports, and a
  // second pair's folder copied in, not yet rendered.
  repo = mkdtempSync(join(tmpdir(), "bilat-pairs-"));
  cpSync(SHIPPED, join(repo, "data/sen-mli"), {
    recursive: true,
    filter: (src) => !src.includes("node_modules"),
  });
  cpSync(MRT_MLI, join(repo, "data/mrt-mli"), { recursive: true });
  cpSync(join(ROOT, "reports"), reports(), { recursive: true });
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("a second pair rendered into the same reports/", () => {
  it("adds its reports and its entries to the index, keeping the first pair's", async () => {
    const run = await bilat(["report", "--data", "data/mrt-mli"], {}, repo);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readdirSync(join(reports(), "mrt-mli")).sort()).toEqual([
      "en-chart.svg",
      "en-map.svg",
      "en.md",
      "fr-chart.svg",
      "fr-map.svg",
      "fr.md",
      "index.json",
    ]);
    expect(indexPairs()).toEqual(["Mauritania–Mali relations", "Senegal–Mali cooperation"]);
    expect(indexLinks()).toEqual([
      "mrt-mli/en.md",
      "mrt-mli/fr.md",
      "sen-mli/en.md",
      "sen-mli/fr.md",
    ]);
    for (const link of indexLinks())
      expect(readdirSync(join(reports(), link, ".."))).toContain(link.split("/")[1]);
  });

  it("names the pair from ISO names in each language, as no state actor does", () => {
    expect(readFileSync(join(reports(), "mrt-mli/en.md"), "utf8")).toContain(
      "- **Country pair:** Mauritania–Mali\n",
    );
    expect(readFileSync(join(reports(), "mrt-mli/fr.md"), "utf8")).toContain("Mauritanie–Mali");
  });

  it("passes `report --check` for each pair and for all of them", async () => {
    const runs = [
      await bilat(["report", "--check", "--data", "data/sen-mli"], {}, repo),
      await bilat(["report", "--check", "--data", "data/mrt-mli"], {}, repo),
      await bilat(["report", "--check"], {}, repo),
    ];
    for (const run of runs) {
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    }
    expect(runs[2]?.stdout).toMatch(/^✓ 15 report files in reports: up to date/);
  });

  it("keeps the second pair in the index when the first is rendered again", async () => {
    const run = await bilat(["report", "--data", "data/sen-mli"], {}, repo);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("(0 changed)");
    expect(indexPairs()).toEqual(["Mauritania–Mali relations", "Senegal–Mali cooperation"]);
  });

  it("fails `report --check` for the first pair when the second's entries changed by hand", async () => {
    const entries = join(reports(), "mrt-mli/index.json");
    const before = readFileSync(entries, "utf8");
    try {
      writeFileSync(entries, before.replace("Mauritania–Mali relations", "Mauritania–Mali ties"));
      const run = await bilat(["report", "--check", "--data", "data/sen-mli"], {}, repo);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(join("reports", "README.md"));
    } finally {
      writeFileSync(entries, before);
    }
  });

  it("names a pair's broken index.json and how to fix it, without a stack trace", async () => {
    const entries = join(reports(), "mrt-mli/index.json");
    const before = readFileSync(entries, "utf8");
    try {
      writeFileSync(entries, "{ not json");
      const run = await bilat(["report", "--data", "data/sen-mli"], {}, repo);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("mrt-mli/index.json is not JSON");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      writeFileSync(entries, before);
    }
  });
});

describe("without --data, every dataset under data/", () => {
  it("is validated, each with its own summary line", async () => {
    const run = await bilat(["validate"], {}, repo);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^✓ data\/mrt-mli is valid: \d+ records, 0 errors, 0 warnings$/),
      expect.stringMatching(/^✓ data\/sen-mli is valid: \d+ records, 0 errors, 0 warnings$/),
    ]);
  });

  it("is briefed, each pair under its own file name in out/", async () => {
    const run = await bilat(["brief", "--lang", "fr"], {}, repo);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readdirSync(join(repo, "out")).sort()).toEqual([
      "mrt-mli_2024-01_2025-06_fr.pdf",
      "sen-mli_2021-03_2025-11_fr.pdf",
    ]);
    for (const file of readdirSync(join(repo, "out"))) {
      expect(
        readFileSync(join(repo, "out", file))
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
    }
  });

  it("refuses one --out file for several briefs, before writing anything", async () => {
    const run = await bilat(["brief", "--out", "one.pdf"], {}, repo);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("`--out one.pdf` names one file, but this run writes 2");
    expect(readdirSync(repo)).not.toContain("one.pdf");
  });
});
