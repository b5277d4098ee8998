import { z } from "zod";
import { DatasetInfoSchema } from "../model/dataset-info.js";
import { RECORD_KINDS, type RecordKind } from "../model/record-kinds.js";

export type SchemaName = RecordKind | "dataset" | "bundle";

/** File name of each JSON Schema under `data/schema/`. */
export function jsonSchemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}

/**
 * The file `bilat export --format json` writes: the dataset's description and every record,
 * grouped by kind under the names of the data folders.
 */
const BundleSchema = z
  .strictObject({
    $schema: z.string().optional(),
    dataset: DatasetInfoSchema,
    ...Object.fromEntries(
      Object.values(RECORD_KINDS).map(({ folder, schema }) => [folder, z.array(schema)]),
    ),
  })
  .meta({
    description: "Every record of a dataset, grouped by kind (bilat export --format json).",
  });

/** Where the JSON export says its schema is (`$schema`). */
export const BUNDLE_SCHEMA_URL = `https://bilat.dev/schema/${jsonSchemaFileName("bundle")}`;

/**
 * The JSON Schema (draft 2020-12) of one kind of data file, generated from its zod schema, so that
 * editors check a file as it is typed. A record file holds one record or a list of them.
 */
export function buildJsonSchema(name: SchemaName): Record<string, unknown> {
  const fileSchema =
    name === "dataset"
      ? DatasetInfoSchema
      : name === "bundle"
        ? BundleSchema
        : z.union([RECORD_KINDS[name].schema, z.array(RECORD_KINDS[name].schema)]);
  const generated = z.toJSONSchema(fileSchema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  });
  return {
    $schema: generated.$schema,
    $id:
      name === "bundle"
        ? BUNDLE_SCHEMA_URL
        : `https://bilat.dev/schema/${jsonSchemaFileName(name)}`,
    title:
      name === "dataset"
        ? "bilat dataset"
        : name === "bundle"
          ? "bilat JSON export"
          : `bilat ${name} file`,
    ...generated,
  };
}

/** Every JSON Schema, by file name, serialised as written to disk (stable, newline-terminated). */
export function buildJsonSchemaFiles(): Map<string, string> {
  const names: SchemaName[] = ["dataset", ...(Object.keys(RECORD_KINDS) as RecordKind[]), "bundle"];
  return new Map(
    names.map((name) => [
      jsonSchemaFileName(name),
      `${JSON.stringify(buildJsonSchema(name), null, 2)}\n`,
    ]),
  );
}
