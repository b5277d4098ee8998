/**
 * A JSON Schema (2020-12) validator for the keywords the generated schemas use, and no others:
 * any other keyword throws, so that a change in the generator cannot make this check pass
 * silently. (A full validator such as ajv would replace it if the project takes one on.)
 */

type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set([
  "$schema",
  "$id",
  "title",
  "description",
  "default",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "format", // an annotation in 2020-12 unless a vocabulary asserts it
]);

const KEYWORDS = new Set([
  "type",
  "enum",
  "const",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "properties",
  "required",
  "minProperties",
  "additionalProperties",
  "anyOf",
  "oneOf",
  "allOf",
]);

const typeOf = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every way the value fails the schema, as `path: what` lines; empty when it passes. */
export function validate(schema: Schema, value: unknown, path = ""): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path || "/"}: no value is allowed here`];
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !KEYWORDS.has(key)) {
      throw new Error(
        `the test validator does not know the keyword \`${key}\` (at ${path || "/"})`,
      );
    }
  }
  const errors: string[] = [];
  const at = path || "/";
  const s = schema as Record<string, unknown>;
  const type = typeOf(value);

  if (s.type !== undefined) {
    const types = [s.type].flat() as string[];
    const ok = types.some((t) => t === type || (t === "number" && type === "integer"));
    if (!ok) return [`${at}: expected ${types.join(" or ")}, found ${type}`];
  }
  if (s.enum !== undefined && !(s.enum as unknown[]).some((v) => same(v, value))) {
    errors.push(`${at}: not one of ${JSON.stringify(s.enum)}`);
  }
  if ("const" in s && !same(s.const, value)) errors.push(`${at}: not ${JSON.stringify(s.const)}`);

  if (typeof value === "string") {
    const length = [...value].length;
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value)) {
      errors.push(`${at}: does not match ${s.pattern}`);
    }
    if (typeof s.minLength === "number" && length < s.minLength) errors.push(`${at}: too short`);
    if (typeof s.maxLength === "number" && length > s.maxLength) errors.push(`${at}: too long`);
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum)
      errors.push(`${at}: below ${s.minimum}`);
    if (typeof s.maximum === "number" && value > s.maximum)
      errors.push(`${at}: above ${s.maximum}`);
    if (typeof s.exclusiveMinimum === "number" && value <= s.exclusiveMinimum) {
      errors.push(`${at}: not above ${s.exclusiveMinimum}`);
    }
    if (typeof s.exclusiveMaximum === "number" && value >= s.exclusiveMaximum) {
      errors.push(`${at}: not below ${s.exclusiveMaximum}`);
    }
  }
  if (Array.isArray(value)) {
    const prefix = (s.prefixItems as Schema[] | undefined) ?? [];
    for (const [i, item] of value.entries()) {
      const itemSchema = i < prefix.length ? prefix[i] : (s.items as Schema | undefined);
      if (itemSchema !== undefined) errors.push(...validate(itemSchema, item, `${path}/${i}`));
    }
    if (typeof s.minItems === "number" && value.length < s.minItems)
      errors.push(`${at}: too few items`);
    if (typeof s.maxItems === "number" && value.length > s.maxItems)
      errors.push(`${at}: too many items`);
  }
  if (type === "object") {
    const object = value as Record<string, unknown>;
    const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
    for (const name of (s.required as string[] | undefined) ?? []) {
      if (!Object.hasOwn(object, name)) errors.push(`${at}: \`${name}\` is required`);
    }
    if (typeof s.minProperties === "number" && Object.keys(object).length < s.minProperties)
      errors.push(`${at}: too few fields`);
    for (const [name, child] of Object.entries(object)) {
      if (Object.hasOwn(properties, name)) {
        errors.push(...validate(properties[name] as Schema, child, `${path}/${name}`));
      } else if (s.additionalProperties !== undefined) {
        errors.push(...validate(s.additionalProperties as Schema, child, `${path}/${name}`));
      }
    }
  }
  if (s.anyOf !== undefined) {
    const results = (s.anyOf as Schema[]).map((option) => validate(option, value, path));
    if (!results.some((r) => r.length === 0)) {
      errors.push(
        `${at}: matches none of ${results.length} options (${results.map((r) => r[0]).join("; ")})`,
      );
    }
  }
  if (s.oneOf !== undefined) {
    const passing = (s.oneOf as Schema[]).filter((o) => validate(o, value, path).length === 0);
    if (passing.length !== 1) errors.push(`${at}: matches ${passing.length} options, not one`);
  }
  for (const part of (s.allOf as Schema[] | undefined) ?? [])
    errors.push(...validate(part, value, path));
  return errors;
}
