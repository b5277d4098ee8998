/**
 * Every text of a summary set in its language's typography: labels, data and formatted values
 * alike, so that no renderer has to think of it. Keys and non-text values are kept.
 */
export function typesetDigest<T>(value: T, typeset: (text: string) => string): T {
  if (typeof value === "string") return typeset(value) as T;
  if (Array.isArray(value)) return value.map((v) => typesetDigest(v, typeset)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, typesetDigest(v, typeset)]),
    ) as T;
  }
  return value;
}
