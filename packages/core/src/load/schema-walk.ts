import type { z } from "zod";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Peels optional, default, lazy and pipe wrappers off a schema. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === "lazy" && def.getter) current = def.getter();
    else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

/**
 * The field names a schema accepts at a path of the data, so that an unknown key can be met
 * with "did you mean". Zod's issue for unknown keys does not carry the known ones.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const part of path) {
    const def = defOf(current);
    if (def.type === "object" && def.shape && typeof part === "string" && def.shape[part]) {
      current = unwrap(def.shape[part]);
    } else if (def.type === "array" && def.element) {
      current = unwrap(def.element);
    } else if (def.type === "tuple" && def.items && typeof part === "number" && def.items[part]) {
      current = unwrap(def.items[part]);
    } else if (def.type === "union" && def.options) {
      const object = objectOption(def.options);
      if (!object) return [];
      current = object;
      const shape = defOf(current).shape;
      if (typeof part === "string" && shape?.[part]) current = unwrap(shape[part]);
    } else {
      return [];
    }
  }
  const def = defOf(current);
  if (def.type === "union" && def.options) {
    const object = objectOption(def.options);
    return object ? Object.keys(defOf(object).shape ?? {}) : [];
  }
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

/** The first option of a union, or of a union inside it, that is a group of fields. */
function objectOption(options: readonly z.ZodType[]): z.ZodType | undefined {
  for (const option of options.map(unwrap)) {
    const def = defOf(option);
    if (def.type === "object") return option;
    if (def.type === "union" && def.options) {
      const inner = objectOption(def.options);
      if (inner) return inner;
    }
  }
  return undefined;
}
