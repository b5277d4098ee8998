import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bilat, dataFolder, MINIMAL, ROOT, type Run, removeDataFolders } from "./helpers/bilat.js";
import { validate } from "./helpers/json-schema-subset.js";

afterAll(removeDataFolders);

// The YAML parser the loader uses; the command line itself does not depend on it.
const { parse: parseYaml } = createRequire(join(ROOT, "packages/core/package.json"))("yaml") as {
  parse: (text: string) => unknown;
};

const NAMES = [
  "dataset",
  "source",
  "actor",
  "place",
  "event",
  "agreement",
  "indicator",
  "judgment",
  "trend",
  "bundle",
];
const FOLDERS: Record<string, string> = {
  sources: "source",
  actors: "actor",
  places: "place",
  events: "event",
  agreements: "agreement",
  indicators: "indicator",
  judgments: "judgment",
  trends: "trend",
};

type JsonSchema = Record<string, unknown>;

describe("bilat schema", () => {
  let dir: string;
  let schemaDir: string;
  let first: Run;
  const schemas = new Map<string, JsonSchema>();

  beforeAll(async () => {
    ({ dir } = await dataFolder());
    schemaDir = join(dir, "schema");
    first = await bilat(["schema", "--data", dir]);
    for (const name of NAMES) {
      schemas.set(name, JSON.parse(await readFile(join(schemaDir, `${name}.schema.json`), "utf8")));
    }
  }, 120_000);

  it("writes one JSON Schema per kind of file", async () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`✓ 10 JSON Schemas in ${schemaDir} (10 changed)\n`);
    expect((await readdir(schemaDir)).sort()).toEqual(NAMES.map((n) => `${n}.schema.json`).sort());
    for (const name of NAMES) {
      expect(schemas.get(name)).toMatchObject({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        $id: `https://bilat.dev/schema/${name}.schema.json`,
        title:
          name === "dataset"
            ? "bilat dataset"
            : name === "bundle"
              ? "bilat JSON export"
              : `bilat ${name} file`,
      });
    }
  });

  it("lets a record file hold one record or a list of them", () => {
    for (const name of NAMES.filter((n) => n !== "dataset" && n !== "bundle")) {
      const options = schemas.get(name)?.anyOf as JsonSchema[] | undefined;
      expect(options?.map((o) => o.type)).toEqual(["object", "array"]);
      expect(options?.[0]?.additionalProperties).toBe(false);
    }
  });

  it("describes the JSON export: the dataset and one list per kind of record", () => {
    const bundle = schemas.get("bundle");
    const properties = bundle?.properties as Record<string, JsonSchema>;
    expect(Object.keys(properties).sort()).toEqual(
      ["$schema", "dataset", ...Object.keys(FOLDERS)].sort(),
    );
    expect(properties.events?.type).toBe("array");
    expect(bundle?.required).toContain("dataset");
  });

  it("rewrites nothing when nothing changed, and --check passes", async () => {
    const before = await stat(join(schemaDir, "event.schema.json"));
    const again = await bilat(["schema", "--data", dir]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`✓ 10 JSON Schemas in ${schemaDir} (0 changed)\n`);
    expect((await stat(join(schemaDir, "event.schema.json"))).mtimeMs).toBe(before.mtimeMs);
    const check = await bilat(["schema", "--data", dir, "--check"]);
    expect(check.status).toBe(0);
    expect(check.stdout).toBe(`✓ 10 JSON Schemas in ${schemaDir} are up to date\n`);
  });

  it("--check fails on an edited or missing schema, names it, and writes nothing", async () => {
    const { dir: other } = await dataFolder();
    const otherSchemas = join(other, "schema");
    expect((await bilat(["schema", "--data", other])).status).toBe(0);
    const edited = join(otherSchemas, "event.schema.json");
    const stale = `${await readFile(edited, "utf8")} `;
    await writeFile(edited, stale);
    await rm(join(otherSchemas, "place.schema.json"));

    const check = await bilat(["schema", "--data", other, "--check"]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`${edited} is out of date\n`);
    expect(check.stderr).toContain(`${join(otherSchemas, "place.schema.json")} is out of date\n`);
    expect(check.stderr.match(/is out of date/g)).toHaveLength(2);
    expect(check.stderr.trimEnd().split("\n").at(-1)).toBe(
      "✗ JSON Schemas are stale: run `pnpm bilat schema`",
    );
    expect(await readFile(edited, "utf8")).toBe(stale);

    const repair = await bilat(["schema", "--data", other]);
    expect(repair.stdout).toBe(`✓ 10 JSON Schemas in ${otherSchemas} (2 changed)\n`);
    expect((await bilat(["schema", "--data", other, "--check"])).status).toBe(0);
  }, 120_000);

  it("accepts every file of the minimal fixture", async () => {
    const files = (await readdir(MINIMAL, { recursive: true })).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const folder = file.split("/")[0] ?? "";
      const name = file === "dataset.yaml" ? "dataset" : FOLDERS[folder];
      expect(name, file).toBeDefined();
      const value = parseYaml(await readFile(join(MINIMAL, file), "utf8"));
      expect(validate(schemas.get(name ?? "") ?? false, value), file).toEqual([]);
    }
  });

  it("accepts a list of records in one file", async () => {
    const event = parseYaml(await readFile(join(MINIMAL, "events/evt-pledge.yaml"), "utf8"));
    const copy = { ...(event as JsonSchema), id: "evt-copy" };
    expect(validate(schemas.get("event") ?? false, [event, copy])).toEqual([]);
  });

  const REJECTED: { name: string; file: string; change: (r: JsonSchema) => void; error: string }[] =
    [
      {
        name: "a reliability outside A–F",
        file: "sources/src-ecofin.yaml",
        change: (r) => {
          r.reliability = "G";
        },
        error: "/reliability: not one of",
      },
      {
        name: "an unknown key",
        file: "sources/src-ecofin.yaml",
        change: (r) => {
          r.autor = "X";
        },
        error: "/autor: no value is allowed here",
      },
      {
        name: "an id with capitals",
        file: "actors/act-mali.yaml",
        change: (r) => {
          r.id = "Act_Mali";
        },
        error: "/id: does not match",
      },
      {
        name: "a text in no language",
        file: "actors/act-mali.yaml",
        change: (r) => {
          r.name = {};
        },
        error: "/name: too few fields",
      },
      {
        name: "a month that does not exist",
        file: "sources/src-ecofin.yaml",
        change: (r) => {
          r.published = "2025-13";
        },
        error: "/published: matches none",
      },
      {
        name: "a missing field",
        file: "places/plc-bamako.yaml",
        change: (r) => {
          delete r.geoPrecision;
        },
        error: "`geoPrecision` is required",
      },
      {
        name: "a geo precision of 4",
        file: "places/plc-bamako.yaml",
        change: (r) => {
          r.geoPrecision = 4;
        },
        error: "/geoPrecision: matches none",
      },
      {
        name: "a latitude beyond the pole",
        file: "places/plc-bamako.yaml",
        change: (r) => {
          r.lat = 91;
        },
        error: "/lat: above 90",
      },
      {
        name: "a credibility of 7",
        file: "events/evt-pledge.yaml",
        change: (r) => {
          (r.citations as JsonSchema[])[0] = {
            ...(r.citations as JsonSchema[])[0],
            credibility: 7,
          };
        },
        error: "/citations/0/credibility",
      },
      {
        name: "an event with no pillar",
        file: "events/evt-pledge.yaml",
        change: (r) => {
          r.pillars = [];
        },
        error: "/pillars: too few items",
      },
      {
        name: "a likelihood outside ICD 203",
        file: "judgments/jdg-cooperation.yaml",
        change: (r) => {
          r.likelihood = "probable";
        },
        error: "/likelihood: not one of",
      },
      {
        name: "a TLP 1.0 label",
        file: "dataset.yaml",
        change: (r) => {
          r.tlp = "TLP:WHITE";
        },
        error: "/tlp: not one of",
      },
      {
        name: "a dyad of three",
        file: "dataset.yaml",
        change: (r) => {
          r.dyad = ["SEN", "MLI", "GIN"];
        },
        error: "/dyad: too many items",
      },
    ];

  it.each(REJECTED)("rejects $name", async ({ file, change, error }) => {
    const record = parseYaml(await readFile(join(MINIMAL, file), "utf8")) as JsonSchema;
    change(record);
    const folder = file.split("/")[0] ?? "";
    const name = file === "dataset.yaml" ? "dataset" : (FOLDERS[folder] ?? "");
    const errors = validate(schemas.get(name) ?? false, record);
    expect(errors.join("\n")).toContain(error);
  });
});
