import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { languageCodes } from "../i18n/registry.js";

const require = createRequire(import.meta.url);
/** The libraries whose versions decide what a file parses and validates to. */
const LIBRARIES = ["zod", "js-yaml", "yaml"];

let code: string | undefined;

/**
 * A digest of the code that turns a file into records and problems: every module of this
 * package (sources, build or bundle, whichever runs) and the versions of the parsing and validating
 * libraries, and the languages registered (localised texts are checked against them). Any change
 * to a schema gives another fingerprint, so a cache entry written by other code is never used,
 * even when the version number did not move.
 */
export function toolFingerprint(): string {
  return `${codeDigest()}:${languageCodes().join(",")}`;
}

function codeDigest(): string {
  if (code !== undefined) return code;
  const hash = createHash("sha256");
  // Bundled, this module lies in dist/bundle/ with all the code that runs; otherwise one folder
  // below the package's modules (src/ or dist/).
  const here = fileURLToPath(new URL(".", import.meta.url));
  const root = basename(here) === "bundle" ? here : join(here, "..");
  const modules = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
  for (const file of modules) hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  for (const name of ["@bilat/core", ...LIBRARIES]) {
    const manifest = name === "@bilat/core" ? "../../package.json" : `${name}/package.json`;
    hash.update(`${name}@${(require(manifest) as { version: string }).version}\0`);
  }
  code = hash.digest("hex");
  return code;
}
