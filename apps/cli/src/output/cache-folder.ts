import findCacheDirectory from "find-cache-directory";

/**
 * The parse cache's folder: `node_modules/.cache/bilat` of the project the command runs in (as
 * Babel, ESLint and others keep theirs), outside every tracked file. Undefined with `--no-cache`,
 * or where there is no such project, or where BILAT_CACHE_DIR is set empty; BILAT_CACHE_DIR names
 * another folder.
 */
export function cacheFolder(
  enabled: boolean,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (!enabled) return undefined;
  const chosen = env.BILAT_CACHE_DIR;
  if (chosen !== undefined) return chosen === "" ? undefined : chosen;
  return findCacheDirectory({ name: "bilat" });
}
