/**
 * An esbuild plugin for bundling modules that find their files from where they lie: each
 * module's `import.meta.url`, `__dirname` and `__filename` keep naming its own file, so fonts,
 * templates, the atlas and the parse worker are found as before. A require by a fixed name
 * (`createRequire(import.meta.url)("fontkit")`) is bundled; one by a computed name (a locale, a
 * font package's files) still resolves from the module's own folder when it runs.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { Plugin } from "esbuild";

/** `createRequire(import.meta.url)` kept as a module's `require`, however the module names it. */
const ORIGIN_REQUIRE = /const require = (\w+)\(import\.meta\.url\);/;
const INLINE_REQUIRE = /\bcreateRequire\(import\.meta\.url\)\(("[^"]+")\)/g;

/** The banner the bundle needs: `__bilatOrigin(file)`, a file's path from the bundle's folder. */
export const ORIGIN_BANNER =
  'const __bilatOrigin = (file) => require("node:path").join(__dirname, file);';

export function originPaths(outdir: string): Plugin {
  return {
    name: "origin-paths",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
        let text = readFileSync(args.path, "utf8");
        if (!/import\.meta|__dirname|__filename|createRequire/.test(text)) return undefined;
        const origin = `__bilatOrigin(${JSON.stringify(relative(outdir, args.path))})`;
        text = text.replace(INLINE_REQUIRE, "require($1)");
        if (ORIGIN_REQUIRE.test(text)) {
          text = text
            .replace(ORIGIN_REQUIRE, "const __originRequire = $1(import.meta.url);")
            .replace(/(?<![\w$.])require(?=\s*[(.])/g, "__originRequire")
            .replace(/__originRequire\((?=["'])/g, "require(");
        }
        text = text
          .replaceAll("import.meta.url", `require("node:url").pathToFileURL(${origin}).href`)
          .replace(/(?<![\w$.])__filename(?![\w$])/g, origin)
          .replace(/(?<![\w$.])__dirname(?![\w$])/g, `require("node:path").dirname(${origin})`);
        return { contents: text, loader: "js" };
      });
    },
  };
}
