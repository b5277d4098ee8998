/**
 * Every text of a summary set in its language's typography: labels, data and formatted values
 * alike, so that no renderer has to think of it. Keys and non-text values are kept. An object
 * reached twice (an event both among a pillar's developments and in the chronology) is set once
 * and stays one object, so the summary does not grow by copying.
 */
export function typesetDigest<T>(value: T, typeset: (text: string) => string): T {
  const done = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return typeset(v);
    if (v === null || typeof v !== "object") return v;
    const seen = done.get(v);
    if (seen !== undefined) return seen;
    if (Array.isArray(v)) {
      const list: unknown[] = new Array(v.length);
      done.set(v, list);
      for (let i = 0; i < v.length; i++) list[i] = walk(v[i]);
      return list;
    }
    const copy: Record<string, unknown> = {};
    done.set(v, copy);
    for (const key of Object.keys(v)) copy[key] = walk((v as Record<string, unknown>)[key]);
    return copy;
  };
  return walk(value) as T;
}
