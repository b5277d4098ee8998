/**
 * Country codes and units from the standards, on real YAML: a dyad or a place names only ISO
 * 3166-1 alpha-3 codes that exist; a figure is in a unit of measure or any ISO 4217 currency.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  bilat,
  dataFolder,
  fixtureText,
  MRT_MLI,
  removeDataFolders,
  replaceOnce,
} from "./helpers/bilat.js";

afterAll(removeDataFolders);

describe("country codes", () => {
  it("rejects `[MLI, MRI]` at its line of dataset.yaml, suggesting Mauritania", async () => {
    const dataset = replaceOnce(
      await fixtureText("dataset.yaml"),
      "dyad: [SEN, MLI]",
      "dyad: [MLI, «1»MRI]",
    );
    const { dir, marks } = await dataFolder({ "dataset.yaml": dataset });
    const run = await bilat(["validate", "--data", dir]);
    expect(run.status).toBe(1);
    const place = marks.get(1);
    const line = run.stderr.split("\n").find((l) => l.includes("[unknown-country]"));
    expect(line).toBe(
      `${join(dir, "dataset.yaml")}:${place?.line}:${place?.column}  error  \`MRI\` is not an ISO 3166-1 alpha-3 country code. Did you mean \`MRT\` (Mauritania)?  [unknown-country]`,
    );
  });

  it("rejects a place's country and an actor's that do not exist, each at its line", async () => {
    const place = replaceOnce(
      await fixtureText("places/plc-bamako.yaml"),
      "countries: [MLI]",
      "countries: [«1»MLX]",
    );
    const actor = replaceOnce(
      await fixtureText("actors/act-senegal.yaml"),
      "country: SEN",
      "country: «2»SNG",
    );
    const { dir, marks } = await dataFolder({
      "places/plc-bamako.yaml": place,
      "actors/act-senegal.yaml": actor,
    });
    const run = await bilat(["validate", "--data", dir, "--format", "json"]);
    expect(run.status).toBe(1);
    const problems = JSON.parse(run.stdout).problems as {
      code: string;
      file: string;
      line: number;
      message: string;
    }[];
    const unknown = problems.filter((p) => p.code === "unknown-country");
    expect(unknown.map((p) => [p.file, p.line])).toEqual(
      expect.arrayContaining([
        [join(dir, "places/plc-bamako.yaml"), marks.get(1)?.line],
        [join(dir, "actors/act-senegal.yaml"), marks.get(2)?.line],
      ]),
    );
    expect(unknown.find((p) => p.message.startsWith("`MLX`"))?.message).toContain("`MLI` (Mali)");
    expect(unknown.find((p) => p.message.startsWith("`SNG`"))?.message).toContain(
      "`SEN` (Senegal)",
    );
  });
});

describe("units", () => {
  it("accepts a figure in MRU and one in tonnes (the Mauritania–Mali pair)", async () => {
    const units = ["ind-trade", "ind-freight"].map(
      (id) =>
        /^unit: (\S+)$/m.exec(readFileSync(join(MRT_MLI, `indicators/${id}.yaml`), "utf8"))?.[1],
    );
    expect(units).toEqual(["MRU", "tonnes"]);
    const run = await bilat(["validate", "--data", MRT_MLI]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("accepts any ISO 4217 currency and the units of measure figures need", async () => {
    const base = await fixtureText("indicators/ind-border.yaml");
    for (const unit of ["GNF", "CHF", "households", "head-of-livestock", "people", "hectares"]) {
      const { dir } = await dataFolder({
        "indicators/ind-border.yaml": replaceOnce(base, "unit: km", `unit: ${unit}`),
      });
      const run = await bilat(["validate", "--data", dir]);
      expect(run.status, `${unit}: ${run.stderr}`).toBe(0);
    }
  });

  it("rejects a unit that is neither, at its line, saying what a unit is", async () => {
    const base = await fixtureText("indicators/ind-border.yaml");
    const { dir, marks } = await dataFolder({
      "indicators/ind-border.yaml": replaceOnce(base, "unit: km", "unit: «1»MRO"),
    });
    const run = await bilat(["validate", "--data", dir]);
    expect(run.status).toBe(1);
    const place = marks.get(1);
    const line = run.stderr
      .split("\n")
      .find((l) => l.startsWith(`${join(dir, "indicators/ind-border.yaml")}:${place?.line}:`));
    expect(line).toContain("a unit is an ISO 4217 currency code (XOF, MRU, EUR…) or one of km,");
  });
});
