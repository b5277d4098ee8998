import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import type { Link, Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/run-cli.js";

const temporary: string[] = [];
async function folder(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
afterAll(() => Promise.all(temporary.map((d) => rm(d, { recursive: true, force: true }))));

const MIB = 1024 * 1024;

/** The benchmarks' generator of realistic data (outside this package, so imported by URL). */
type Generate = (
  dir: string,
  options: { events: number; perFile: number; errors: number; seed: number },
) => Promise<unknown>;
const GENERATOR = new URL("../../../bench/generate.ts", import.meta.url).href;
const generateDataset: Generate = async (dir, options) =>
  ((await import(GENERATOR)) as { generateDataset: Generate }).generateDataset(dir, options);

let stderr = "";
async function report(cache: string, ...args: string[]): Promise<number> {
  stderr = "";
  return runCli(["report", ...args], {
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: { BILAT_CACHE_DIR: cache },
  });
}

const parse = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

function* nodes(node: Nodes): Generator<Nodes> {
  yield node;
  if ("children" in node) for (const child of node.children) yield* nodes(child as Nodes);
}

const text = (node: Nodes): string =>
  node.type === "text" || node.type === "inlineCode"
    ? node.value
    : "children" in node
      ? node.children.map((c: Nodes) => text(c)).join("")
      : "";

/** The fragment GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

interface Page {
  tree: Root;
  links: string[];
  anchors: Set<string>;
}

/** Every Markdown file under `out`, parsed, with its local links resolved to absolute paths. */
async function readPages(out: string): Promise<Map<string, Page>> {
  const pages = new Map<string, Page>();
  for (const file of await markdownFiles(out)) {
    const tree = parse(await readFile(file, "utf8"));
    const all = [...nodes(tree)];
    const anchors = new Set(all.filter((n) => n.type === "heading").map((h) => slug(text(h))));
    const links = all
      .filter((n): n is Link => n.type === "link" && !/^[a-z]+:/.test(n.url))
      .map((l) => {
        const [path = "", fragment] = l.url.split("#");
        return `${path === "" ? file : resolve(dirname(file), decodeURI(path))}${fragment === undefined ? "" : `#${fragment}`}`;
      });
    // A footnote shows only on the page that defines it.
    const defined = new Set(
      all.filter((n) => n.type === "footnoteDefinition").map((n) => n.identifier),
    );
    for (const ref of all.filter((n) => n.type === "footnoteReference")) {
      expect(defined.has(ref.identifier), `${file}: [^${ref.identifier}] has no definition`).toBe(
        true,
      );
    }
    pages.set(file, { tree, links, anchors });
  }
  return pages;
}

/** Every link between the pages lands on a file that exists and on a heading it holds. */
function expectLinksResolve(pages: Map<string, Page>, out: string): void {
  for (const [file, page] of pages) {
    for (const link of page.links) {
      const [path = "", fragment] = link.split("#");
      const target = pages.get(path);
      if (path.endsWith(".md"))
        expect(target, `${relative(out, file)} links ${link}`).toBeDefined();
      if (fragment !== undefined && target !== undefined) {
        expect(target.anchors.has(fragment), `${relative(out, file)} links #${fragment}`).toBe(
          true,
        );
      }
    }
  }
}

/** The chronology pages of each report, and what links them. */
async function expectPagesLinked(pages: Map<string, Page>, out: string, pair: string) {
  const entries = JSON.parse(await readFile(join(out, pair, "index.json"), "utf8")).reports as {
    path: string;
    pages?: string[];
  }[];
  const index = pages.get(join(out, "README.md")) as Page;
  for (const lang of ["en", "fr"]) {
    const main = join(out, pair, `${lang}.md`);
    const own = [...pages.keys()].filter((f) =>
      f.startsWith(join(out, pair, `${lang}-chronology`)),
    );
    expect(own.length).toBeGreaterThan(1);
    const mainPage = pages.get(main) as Page;
    const entry = entries.find((e) => e.path === `${pair}/${lang}.md`);
    expect((entry?.pages ?? []).map((p) => join(out, p)).sort()).toEqual(own);
    // The contents list each page, and so does the chronology section: two links each.
    for (const file of own) {
      expect(mainPage.links.filter((l) => l === file).length, file).toBe(2);
      expect(index.links).toContain(file);
      expect((pages.get(file) as Page).links).toContain(main);
    }
    // Each page leads to the one before and the one after it, in the report's order.
    const order = (entry?.pages ?? []).map((p) => join(out, p));
    order.forEach((file, i) => {
      const near = (pages.get(file) as Page).links.filter((l) => order.includes(l));
      expect(near, file).toEqual([order[i - 1], order[i + 1]].filter(Boolean));
    });
  }
}

describe("bilat report on a large dataset", () => {
  let cache: string;
  beforeAll(async () => {
    cache = await folder("bilat-cache-");
  });

  it("splits 4,000 events into linked pages; --check fails on a stale page and on a page left over, which writing removes", async () => {
    const data = await folder("bilat-mid-");
    await generateDataset(data, { events: 4000, perFile: 1000, errors: 0, seed: 7 });
    const out = join(await folder("bilat-out-"), "reports");
    expect(await report(cache, "--data", data, "--out", out)).toBe(0);
    const pages = await readPages(out);
    expectLinksResolve(pages, out);
    await expectPagesLinked(pages, out, "bench");

    const own = (await markdownFiles(join(out, "bench", "fr-chronology")))[0] as string;
    const before = await readFile(own, "utf8");
    await writeFile(own, `${before}\nedited\n`);
    expect(await report(cache, "--data", data, "--out", out, "--check")).toBe(1);
    expect(stderr).toContain(`${own} is out of date`);
    await writeFile(own, before);
    expect(await report(cache, "--data", data, "--out", out, "--check")).toBe(0);

    const leftover = join(out, "bench", "en-chronology", "1999.md");
    await writeFile(leftover, "# 1999\n");
    expect(await report(cache, "--data", data, "--out", out, "--check")).toBe(1);
    expect(stderr).toContain(`${leftover} is left over from an earlier run`);
    expect(await report(cache, "--data", data, "--out", out)).toBe(0);
    await expect(stat(leftover)).rejects.toThrow();
    expect(await report(cache, "--data", data, "--out", out, "--check")).toBe(0);
  }, 300_000);
});
