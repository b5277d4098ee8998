import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeDataFolder, removeDataFolders } from "@bilat/test-data";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { bilat } from "./helpers/bilat.js";

const outside: string[] = [];
afterAll(async () => {
  await removeDataFolders();
  await Promise.all(outside.map((d) => rm(d, { recursive: true, force: true })));
});

describe("bilat export", () => {
  it("writes a CSV named after the dataset and language; --check passes, then fails after an edit", async () => {
    const { dir } = await makeDataFolder();
    const out = join(dir, "exports");
    const written = await bilat(["export", "--format", "csv", "--data", dir, "--out", out]);
    expect(written.status).toBe(0);
    const rows: { event_id: string }[] = parse(await readFile(join(out, "sen-mli_en.csv")), {
      bom: true,
      columns: true,
    });
    expect(rows.map((r) => r.event_id)).toEqual(["evt-pledge"]);

    const check = await bilat([
      "export",
      "--format",
      "csv",
      "--data",
      dir,
      "--out",
      out,
      "--check",
    ]);
    expect(check.status).toBe(0);
    const event = join(dir, "events", "evt-pledge.yaml");
    await writeFile(
      event,
      (await readFile(event, "utf8")).replace("pledge deeper", "promise deeper"),
    );
    const stale = await bilat([
      "export",
      "--format",
      "csv",
      "--data",
      dir,
      "--out",
      out,
      "--check",
    ]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("sen-mli_en.csv");
  });

  it("writes one language per file, and the JSON once with every language", async () => {
    const { dir } = await makeDataFolder();
    // Outside the data folder: JSON files inside it would be read as records.
    const out = await mkdtemp(join(tmpdir(), "bilat-exports-"));
    outside.push(out);
    for (const format of ["geojson", "stix", "json"]) {
      const run = await bilat([
        "export",
        "--format",
        format,
        "--data",
        dir,
        "--out",
        out,
        "--lang",
        "en,fr",
      ]);
      expect(run.status, run.stderr).toBe(0);
    }
    const names = [
      "sen-mli_en.geojson",
      "sen-mli_fr.geojson",
      "sen-mli_en.stix.json",
      "sen-mli_fr.stix.json",
      "sen-mli.json",
    ];
    for (const name of names) expect(await readFile(join(out, name), "utf8")).not.toBe("");
    const bundle = JSON.parse(await readFile(join(out, "sen-mli.json"), "utf8"));
    expect(bundle.events[0].title).toMatchObject({
      en: expect.any(String),
      fr: expect.any(String),
    });
  });

  it("writes to standard output with --out -, and nothing else there", async () => {
    const { dir } = await makeDataFolder();
    const run = await bilat(["export", "--format", "stix", "--data", dir, "--out", "-"]);
    expect(run.status).toBe(0);
    const bundle = JSON.parse(run.stdout);
    expect(bundle.type).toBe("bundle");
  });

  it.each([
    [["export", "--out", "-"], "--format csv|geojson|json|stix"],
    [["export", "--format", "xml"], "`--format xml` is not an export format"],
    [
      ["export", "--format", "csv", "--lang", "en,fr", "--out", "-"],
      "writes one file to standard output",
    ],
    [["export", "--format", "csv", "--out", "-", "--check"], "`--check` compares files on disk"],
  ])("refuses %j with a usage error", async (args, message) => {
    const { dir } = await makeDataFolder();
    const run = await bilat([...args, "--data", dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });
});
