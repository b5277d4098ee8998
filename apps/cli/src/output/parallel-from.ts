/**
 * BILAT_PARALLEL_FROM: from how many bytes of files to parse the loader spreads parsing over
 * worker threads (the loader's default unless set; `0` always, `Infinity` never). For tests
 * and measurements of the parallel and serial paths on the same data.
 */
export function parallelFrom(env: Readonly<Record<string, string | undefined>>): {
  parallelFrom?: number;
} {
  const value = env.BILAT_PARALLEL_FROM;
  if (value === undefined || value === "") return {};
  const bytes = Number(value);
  return Number.isNaN(bytes) || bytes < 0 ? {} : { parallelFrom: bytes };
}
