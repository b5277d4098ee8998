import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildDigest, type Digest } from "@bilat/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderIndex } from "../src/render-index.js";
import { renderReport } from "../src/render-report.js";
import { TemplateError } from "../src/template-error.js";
import {
  loadValid,
  RICH,
  removeTemporaryFolders,
  temporaryFolder,
} from "./support/data-folders.js";
import { parseMarkdown, sectionTable } from "./support/markdown-tree.js";

/** A folder of override templates, from file names to contents. */
async function overrides(files: Record<string, string>): Promise<string> {
  const dir = await temporaryFolder("bilat-templates-");
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

const ACTORS =
  "## {{md labels.sections.actors}}\n\n{{#each actors}}\n- {{md name}} ({{events}})\n{{/each}}\n";

let digest: Digest;
let standard: string;
beforeAll(async () => {
  digest = buildDigest(await loadValid(RICH), { lang: "en" });
  standard = renderReport(digest);
});
afterAll(removeTemporaryFolders);

describe("--templates overrides", () => {
  it.each([
    ["under partials/", "partials/actors.hbs"],
    ["at the top of the folder", "actors.hbs"],
  ])("replace one partial by file name (%s), leaving the rest as shipped", async (_, file) => {
    const dir = await overrides({ [file]: ACTORS });
    const markdown = renderReport(digest, { templatesDir: dir });
    expect(markdown).toContain("## Actors\n\n- Senegal (5)\n- Mali (4)\n");
    expect(() => sectionTable(parseMarkdown(markdown), "Actors")).toThrow(/no table/);
    // Everything before and after the actors section is unchanged.
    const [before, after] = standard.split(/## Actors\n[\s\S]*?(?=\n## )/);
    expect(markdown.startsWith(before as string)).toBe(true);
    expect(markdown.endsWith(after as string)).toBe(true);
  });

  it("replace the main template, which may include partials of the folder's own", async () => {
    const dir = await overrides({
      "report.hbs": "{{> metadata}}\n\n{{> note}}\n",
      "partials/note.hbs": "Prepared for {{md meta.pair}}.\n",
    });
    const markdown = renderReport(digest, { templatesDir: dir });
    expect(markdown).toMatch(/^# Senegal–Mali cooperation \(test data\)\n/);
    expect(markdown.endsWith("- **Licence:** CC-BY-4.0\n\nPrepared for Senegal–Mali.\n")).toBe(
      true,
    );
  });

  it("replace the index template", async () => {
    const dir = await overrides({
      "index.hbs": "# Our reports\n\n{{#each datasets}}\n- {{id}}\n{{/each}}\n",
    });
    expect(renderIndex([{ path: "x/en.md", digest }], { templatesDir: dir })).toBe(
      "# Our reports\n\n- sen-mli-test\n",
    );
  });

  it("refuse a field the digest does not have, naming the template", async () => {
    const dir = await overrides({
      "partials/actors.hbs": "{{#each actors}}{{md nmae}}{{/each}}\n",
    });
    expect(() => renderReport(digest, { templatesDir: dir })).toThrow(TemplateError);
    expect(() => renderReport(digest, { templatesDir: dir })).toThrow(
      /template .*actors\.hbs: "nmae" not defined/,
    );
  });

  it("refuse a template that does not parse, naming it", async () => {
    const dir = await overrides({ "gaps.hbs": "{{#each gaps}}\n- {{md this}}\n" });
    expect(() => renderReport(digest, { templatesDir: dir })).toThrow(
      /template .*gaps\.hbs: Parse error/,
    );
  });
});
