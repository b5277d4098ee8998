import {
  copyFile,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  utimes,
  writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import { type LoadResult, loadDataset } from "@bilat/core";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cacheFolder, PROBLEM_OF_EACH_STAGE, removeCacheFolders } from "./helpers/cache-folders.js";
import { makeDataFolder, removeDataFolders } from "./helpers/data-folder.js";

/**
 * The parse cache on real folders: a load from the cache gives the same records and the same
 * problems, at the same file:line:col, as a load without it; and every way a cache file can go
 * wrong (flipped bytes, cut short, another folder's, entries moved) is noticed and repaired.
 */

afterAll(async () => {
  await removeDataFolders();
  await removeCacheFolders();
});

/** A folder with problems of both stages, and a file holding a list of records. */
const EDITS = {
  ...PROBLEM_OF_EACH_STAGE,
  "events/evt-more.yaml": [
    "- id: evt-list-one",
    '  date: "2025-03"',
    "  type: statement",
    "  pillars: [diplomatic]",
    "  title: { en: A statement, fr: Une déclaration }",
    "  summary: { en: Mali issued a statement., fr: Le Mali a publié une déclaration. }",
    "  actors: [{ actor: act-mali, role: source }]",
    "  citations:",
    "    - source: src-ecofin",
    "      excerpt: Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.",
    "      translation: { fr: Le Sénégal et le Mali se sont engagés. }",
    "      credibility: 2",
    "- id: evt-list-two",
    '  date: "2025-13"',
    "  type: statement",
    "  pillars: [diplomatic]",
    "  title: { en: Another, fr: Une autre }",
    "  summary: { en: Another one., fr: Une autre. }",
    "  citations: []",
    "",
  ].join("\n"),
} as const;

let dir: string;
let cache: string;

beforeEach(async () => {
  ({ dir } = await makeDataFolder(EDITS));
  cache = await cacheFolder();
});

/** What a load shows a reader: the outcome, every problem where it is, and the records. */
function shown(result: LoadResult) {
  const dataset = result.ok ? result.dataset : result.partial;
  return {
    ok: result.ok,
    problems: result.problems,
    records: dataset ? [...dataset.byId.values()] : [],
    events: dataset?.events,
  };
}

const cacheFile = async () => {
  const [name, ...others] = (await readdir(cache)).filter((f) => f.endsWith(".bin"));
  expect(others).toEqual([]);
  return join(cache, name as string);
};

/** The parts of a cache file: its entries after the first line, the JSON header, the last line. */
async function entries(path: string) {
  const bytes = await readFile(path);
  const bodyStart = bytes.indexOf(10) + 1;
  const lastLine = bytes.lastIndexOf(10, bytes.length - 2) + 1;
  const [, at, length] = bytes.subarray(lastLine).toString().trim().split(" ").map(Number);
  const headerStart = at as number;
  const header = JSON.parse(
    bytes.subarray(headerStart, headerStart + (length as number)).toString(),
  );
  return {
    bytes,
    bodyStart,
    headerStart,
    header,
    entries: header.entries as Record<string, { offset: number; length: number; check: string }>,
  };
}

/** The bytes of a cache file whose header is replaced, with a last line that matches it. */
async function withHeader(path: string, header: unknown): Promise<Buffer> {
  const { bytes, headerStart } = await entries(path);
  const json = JSON.stringify(header);
  const { createHash } = await import("node:crypto");
  const sha = createHash("sha256").update(json).digest("hex");
  const last = `\nbilat-parse-cache/2 ${headerStart} ${Buffer.byteLength(json)} ${sha}\n`;
  return Buffer.concat([bytes.subarray(0, headerStart), Buffer.from(json), Buffer.from(last)]);
}

describe("the parse cache", () => {
  it("gives the same records and problems as no cache, and reuses every unchanged file", async () => {
    const without = shown(await loadDataset(dir));
    expect(without.ok).toBe(false);
    const codes = without.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "events/evt-more.yaml:14:9 invalid-value",
        expect.stringMatching(/^events\/evt-pledge\.yaml:\d+:\d+ unknown-key$/),
        expect.stringMatching(/^events\/evt-pledge\.yaml:\d+:\d+ dangling-reference$/),
      ]),
    );

    const first = await loadDataset(dir, { cache });
    const files = first.cache?.misses ?? 0;
    expect(first.cache).toMatchObject({ hits: 0, rejected: [] });
    expect(files).toBeGreaterThan(5);
    expect(shown(first)).toEqual(without);

    const second = await loadDataset(dir, { cache });
    expect(second.cache).toMatchObject({ hits: files, misses: 0, rejected: [] });
    expect(shown(second)).toEqual(without);

    // Nothing changed, so nothing is written.
    const { mtimeMs } = await stat(await cacheFile());
    await loadDataset(dir, { cache });
    expect((await stat(await cacheFile())).mtimeMs).toBe(mtimeMs);
  });

  it("knows a settled file by its stamp, and sees one rewritten to its size with its times set back", async () => {
    // A whole second, which utimes sets back exactly, as the file's times.
    const path = join(dir, "events/evt-more.yaml");
    const then = 1_700_000_000;
    await utimes(path, then, then);
    // Stamps are taken only of files that last changed over 2 s before: these were just written.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const without = shown(await loadDataset(dir));
    const first = await loadDataset(dir, { cache });
    const files = first.cache?.misses ?? 0;
    const stamps = Object.values((await entries(await cacheFile())).header.entries).map(
      (e) => (e as { stamp?: string }).stamp,
    );
    expect(stamps).toHaveLength(files);
    for (const s of stamps) expect(s).toMatch(/^\d+:\d+:\d+:\d+:\d+$/);

    const second = await loadDataset(dir, { cache });
    expect(second.cache).toMatchObject({ hits: files, stamped: files, misses: 0, rejected: [] });
    expect(shown(second)).toEqual(without);

    // Same size, other bytes, and the times it had: the change time still moves.
    const before = await stat(path, { bigint: true });
    const text = await readFile(path, "utf8");
    const edited = text.replace("title: { en: A statement,", "title: { en: A statemenx,");
    expect(edited).not.toBe(text);
    expect(BigInt(Buffer.byteLength(edited))).toBe(before.size);
    await writeFile(path, edited);
    await utimes(path, then, then);
    const after = await stat(path, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([
      before.size,
      before.mtimeNs,
      before.ino,
    ]);
    // Settled again, so that only its change time tells it apart.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const third = await loadDataset(dir, { cache });
    expect(third.cache).toMatchObject({ stamped: files - 1, misses: 1, rejected: [] });
    expect(shown(third)).toEqual(shown(await loadDataset(dir)));
    expect(JSON.stringify(shown(third).records)).toContain("A statemenx");
  });

  it("sees an edited file, and runs the checks across files again after any edit", async () => {
    await loadDataset(dir, { cache });
    // Fixing the dangling reference in one file changes what the checks say about it.
    const path = join(dir, "events/evt-pledge.yaml");
    await writeFile(path, (await readFile(path, "utf8")).replace("act-mal,", "act-mali,"));
    const edited = await loadDataset(dir, { cache });
    expect(edited.cache).toMatchObject({ misses: 1, rejected: [] });
    expect(edited.problems.map((p) => p.code)).not.toContain("dangling-reference");
    expect(shown(edited)).toEqual(shown(await loadDataset(dir)));
    // A record that points at the edited file from another file is checked again too.
    await rm(join(dir, "places"), { recursive: true });
    const gone = await loadDataset(dir, { cache });
    expect(gone.problems.map((p) => p.code)).toContain("dangling-reference");
    expect(shown(gone)).toEqual(shown(await loadDataset(dir)));
  });

  it("on a warm cache, places a reference broken in one file at its file:line:col", async () => {
    await loadDataset(dir, { cache });
    const warm = await loadDataset(dir, { cache });
    const files = warm.cache?.hits ?? 0;
    const dangling = (result: LoadResult) =>
      result.problems
        .filter((p) => p.code === "dangling-reference")
        .map((p) => `${p.file}:${p.line}:${p.column}`);
    expect(dangling(warm)).not.toContain("events/evt-more.yaml:7:21");
    // Every other file comes from the cache; the one edited names an actor that does not exist.
    const path = join(dir, "events/evt-more.yaml");
    await writeFile(
      path,
      (await readFile(path, "utf8")).replace("actor: act-mali,", "actor: act-nope,"),
    );
    const edited = await loadDataset(dir, { cache });
    expect(edited.cache).toMatchObject({ hits: files - 1, misses: 1, rejected: [] });
    expect(dangling(edited)).toContain("events/evt-more.yaml:7:21");
    expect(shown(edited)).toEqual(shown(await loadDataset(dir)));
  });

  it.each([
    [
      "a flipped byte in an entry",
      async (path: string) => {
        const { bytes, bodyStart, entries: all } = await entries(path);
        const entry = all["events/evt-more.yaml"];
        if (!entry) throw new Error("no entry for the list file");
        const at = bodyStart + entry.offset + Math.floor(entry.length / 2);
        bytes[at] = (bytes[at] ?? 0) ^ 0xff;
        await writeFile(path, bytes);
      },
      /^corrupt entry for events\/evt-more\.yaml$/,
    ],
    [
      "a file cut short",
      async (path: string) => {
        const { bytes } = await entries(path);
        await truncate(path, bytes.length - 10);
      },
      /^truncated file$/,
    ],
    [
      "a file cut short in its header",
      async (path: string) => truncate(path, (await entries(path)).headerStart + 10),
      /^truncated file$/,
    ],
    [
      "a header changed",
      async (path: string) => {
        const { bytes } = await entries(path);
        // The same length: the last line still points at it, and only its checksum tells.
        await writeFile(
          path,
          Buffer.from(
            bytes.toString("latin1").replace('"kind":"event"', '"kind":"place"'),
            "latin1",
          ),
        );
      },
      /^corrupt header$/,
    ],
    [
      "something else entirely",
      async (path: string) => writeFile(path, "{}"),
      /^not a bilat cache file$/,
    ],
  ])("notices %s, ignores what it cannot trust and rebuilds it", async (_what, damage, reason) => {
    const without = shown(await loadDataset(dir));
    await loadDataset(dir, { cache });
    await damage(await cacheFile());
    const damaged = await loadDataset(dir, { cache });
    expect(damaged.cache?.rejected).toEqual([expect.stringMatching(reason)]);
    expect(shown(damaged)).toEqual(without);
    // Rebuilt: the next load trusts the whole cache again.
    const next = await loadDataset(dir, { cache });
    expect(next.cache).toMatchObject({ misses: 0, rejected: [] });
    expect(shown(next)).toEqual(without);
  });

  it("notices entries swapped between files, with a header rewritten to match", async () => {
    const without = shown(await loadDataset(dir));
    await loadDataset(dir, { cache });
    const path = await cacheFile();
    const { header, entries: all } = await entries(path);
    const a = all["events/evt-more.yaml"];
    const b = all["events/evt-pledge.yaml"];
    if (!a || !b) throw new Error("entries missing");
    // Each file's entry now points at the other's bytes, with the other's checksum: sound
    // bytes, a sound header, the wrong records.
    all["events/evt-more.yaml"] = { ...a, offset: b.offset, length: b.length, check: b.check };
    all["events/evt-pledge.yaml"] = { ...b, offset: a.offset, length: a.length, check: a.check };
    await writeFile(path, await withHeader(path, header));
    const swapped = await loadDataset(dir, { cache });
    expect(swapped.cache?.rejected.sort()).toEqual([
      "corrupt entry for events/evt-more.yaml",
      "corrupt entry for events/evt-pledge.yaml",
    ]);
    expect(shown(swapped)).toEqual(without);
  });

  it("refuses the cache file of another data folder put in this one's place", async () => {
    const { dir: other } = await makeDataFolder({});
    await loadDataset(dir, { cache });
    const mine = await cacheFile();
    const otherCache = await cacheFolder();
    await loadDataset(other, { cache: otherCache });
    const [theirs] = await readdir(otherCache);
    await copyFile(join(otherCache, theirs as string), mine);
    const foreign = await loadDataset(dir, { cache });
    expect(foreign.cache?.rejected).toEqual([
      expect.stringMatching(/^written for another data folder/),
    ]);
    expect(shown(foreign)).toEqual(shown(await loadDataset(dir)));
  });

  it("loads as without it when the cache folder cannot be written", async () => {
    // A file where the cache folder should be: no folder can be made there, even as root.
    const blocker = join(cache, "not-a-folder");
    await writeFile(blocker, "");
    const result = await loadDataset(dir, { cache: join(blocker, "cache") });
    expect(shown(result)).toEqual(shown(await loadDataset(dir)));
    expect(await readdir(cache)).toEqual(["not-a-folder"]);
  });

  it("is not used, nor written, without the option", async () => {
    const result = await loadDataset(dir);
    expect(result.cache).toBeUndefined();
    expect(await readdir(cache)).toEqual([]);
  });
});
