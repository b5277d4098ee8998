import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { buildJsonSchemaFiles, RECORD_KINDS } from "@bilat/core";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./repo-root.js";

const dataDir = join(REPO_ROOT, "data/sen-mli");
const schemaDir = join(REPO_ROOT, "data/schema");

const folderKinds = new Map<string, string>(
  Object.entries(RECORD_KINDS).map(([kind, { folder }]) => [folder, kind]),
);

function dataFiles(): { file: string; kind: string }[] {
  const files = [{ file: join(dataDir, "dataset.yaml"), kind: "dataset" }];
  for (const [folder, kind] of folderKinds) {
    const dir = join(dataDir, folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".yaml") || n.endsWith(".yml"));
    } catch {}
    files.push(...names.map((n) => ({ file: join(dir, n), kind })));
  }
  return files;
}

describe("JSON Schemas for editors", () => {
  it("are current: data/schema holds exactly what `bilat schema` would write", () => {
    const expected = buildJsonSchemaFiles();
    const onDisk = readdirSync(schemaDir).sort();
    expect(onDisk).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) {
      expect(
        readFileSync(join(schemaDir, name), "utf8"),
        `${name} is stale: run pnpm bilat schema`,
      ).toBe(text);
    }
  });

  it.each(dataFiles().map((f) => [relative(REPO_ROOT, f.file), f] as const))(
    "%s points the YAML language server at its schema",
    (_, { file, kind }) => {
      const first = readFileSync(file, "utf8").split("\n")[0] ?? "";
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(match, "first line must be `# yaml-language-server: $schema=…`").not.toBeNull();
      const target = join(dirname(file), match?.[1] ?? "");
      expect(relative(schemaDir, target)).toBe(`${kind}.schema.json`);
    },
  );
});
