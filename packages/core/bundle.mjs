// Node 20 has no module compile cache, and resolving and compiling zod's, yaml's and this
// package's hundred-odd modules one by one costs a command more than its work on a small dataset.
// So the build also writes each entry point as one ES module, with code splitting so the entry
// points share one copy of every module. It stays inside dist/, so `import.meta.url` still finds
// the package's own files and its dependencies as before (d3 locales, the parse worker beside
// the loader, the fingerprint of dist/).
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names change with their content: a stale one would stay beside the new ones.
rmSync("dist/bundle", { recursive: true, force: true });

await build({
  entryPoints: {
    index: "dist/index.js",
    suggest: "dist/load/suggest.js",
    output: "dist/output/index.js",
    "parse-worker": "dist/load/parse-worker.js",
  },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Prefer the packages' ES builds: jsonc-parser's UMD build requires its modules by computed names.
  mainFields: ["module", "main"],
  chunkNames: "chunk-[hash]",
  // Packages written as CommonJS call `require`, which an ES module lacks.
  banner: {
    js: 'import { createRequire as __bilatRequire } from "node:module"; const require = __bilatRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "warning",
});
