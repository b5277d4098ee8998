/**
 * Every text of a summary set in its language's typography: labels, data and formatted values
 * alike, so that no renderer has to think of it. Keys and non-text values are kept. An object
 * or list is copied only when a text in it changes (most hold none of the characters French
 * typography acts on), so the summary of a large dataset is not built a second time; one reached
 * twice (an event both among a pillar's developments and in the chronology) is set once and
 * stays one object.
 */
export function typesetDigest<T>(value: T, typeset: (text: string) => string): T {
  const done = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return typeset(v);
    if (v === null || typeof v !== "object") return v;
    const seen = done.get(v);
    if (seen !== undefined) return seen;
    // Itself until a text in it changes: a summary holds no cycle, but one would end here.
    done.set(v, v);
    const set = Array.isArray(v) ? typesetList(v) : typesetRecord(v as Record<string, unknown>);
    done.set(v, set);
    return set;
  };
  const typesetList = (list: unknown[]): unknown[] => {
    let copy: unknown[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      const set = walk(item);
      if (set !== item && copy === undefined) copy = list.slice();
      if (copy !== undefined) copy[i] = set;
    }
    return copy ?? list;
  };
  const typesetRecord = (record: Record<string, unknown>): Record<string, unknown> => {
    let copy: Record<string, unknown> | undefined;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const item = record[key];
      const set = walk(item);
      if (set !== item && copy === undefined) copy = { ...record };
      if (copy !== undefined) copy[key] = set;
    }
    return copy ?? record;
  };
  return walk(value) as T;
}
