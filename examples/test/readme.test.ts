import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const readme = resolve(here, "../../packages/core/README.md");

/** The ```ts blocks of the core package's README. */
function snippets(): string[] {
  const text = readFileSync(readme, "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

describe("@bilat/core README", () => {
  it("has an example for each documented function", () => {
    expect(snippets().length).toBeGreaterThanOrEqual(10);
  });

  it("type-checks every example against the package's public API", () => {
    // Written inside this package so that `@bilat/core` resolves as it would for a user.
    const dir = resolve(here, "../.readme-snippets");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = snippets().map((code, i) => {
      const file = join(dir, `snippet-${i + 1}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    const configFile = ts.readConfigFile(resolve(here, "../tsconfig.json"), ts.sys.readFile);
    const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, resolve(here, ".."));
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : "";
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    rmSync(dir, { recursive: true, force: true });
    expect(diagnostics).toEqual([]);
  });
});
