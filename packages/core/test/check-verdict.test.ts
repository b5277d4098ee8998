import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkDataset, type LoadOptions, type LoadResult, loadDataset } from "@bilat/core";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cacheFolder, PROBLEM_OF_EACH_STAGE, removeCacheFolders } from "./helpers/cache-folders.js";
import { makeDataFolder, removeDataFolders } from "./helpers/data-folder.js";

/**
 * The checks' verdict kept in the parse cache, on real folders: a folder in which no data file
 * nor archive changed is answered with exactly the problems a load without any cache finds; a
 * change to any data file or any archive, anywhere, makes the checks run again.
 */

afterAll(async () => {
  await removeDataFolders();
  await removeCacheFolders();
});

let dir: string;
let cache: string;

beforeEach(async () => {
  ({ dir } = await makeDataFolder(PROBLEM_OF_EACH_STAGE));
  cache = await cacheFolder();
});

/** What a check shows a reader, as a load without any cache gives it. */
async function uncached(options: LoadOptions = {}) {
  const result: LoadResult = await loadDataset(dir, options);
  const dataset = result.ok ? result.dataset : result.partial;
  return { ok: result.ok, problems: result.problems, records: dataset?.byId.size ?? 0 };
}

const shown = ({ ok, problems, records }: Awaited<ReturnType<typeof checkDataset>>) => ({
  ok,
  problems,
  records,
});

const codes = (result: { problems: { code: string }[] }) => result.problems.map((p) => p.code);

describe("the checks' verdict", () => {
  it("answers an unchanged folder with the problems a load without the cache finds", async () => {
    const without = await uncached();
    expect(codes(without)).toEqual(expect.arrayContaining(["unknown-key", "dangling-reference"]));

    const first = await checkDataset(dir, { cache });
    expect(first.cache).toMatchObject({ hits: 0, verdict: false, rejected: [] });
    expect(shown(first)).toEqual(without);

    const files = first.cache?.misses ?? 0;
    const second = await checkDataset(dir, { cache });
    expect(second.cache).toMatchObject({ hits: files, misses: 0, verdict: true, rejected: [] });
    expect(shown(second)).toEqual(without);

    // The options that shape the answer still apply to a verdict reused.
    for (const options of [{ strict: true }, { lang: "fr" as const }]) {
      const again = await checkDataset(dir, { cache, ...options });
      expect(again.cache?.verdict).toBe(true);
      expect(shown(again)).toEqual(await uncached(options));
    }

    // A load that wants the records reads them from the cache and reuses the verdict too.
    const loaded = await loadDataset(dir, { cache });
    expect(loaded.cache).toMatchObject({ hits: files, verdict: true });
    expect(loaded.problems).toEqual(without.problems);
    expect(loaded.ok ? undefined : loaded.partial?.byId.size).toBe(without.records);
  });

  it("checks again when an archive changes, or goes", async () => {
    await checkDataset(dir, { cache });
    const archive = join(dir, "archive/src-ecofin.txt");
    const text = await readFile(archive, "utf8");
    await writeFile(archive, text.replace("pledged to deepen", "promised to deepen"));
    const edited = await checkDataset(dir, { cache });
    expect(edited.cache?.verdict).toBe(false);
    expect(codes(edited)).toContain("excerpt-not-in-archive");
    expect(shown(edited)).toEqual(await uncached());
    // A load of the records, which expected the verdict and so gathered no citation while
    // reading, finds them for the checks all the same.
    await writeFile(archive, text.replace("pledged to deepen", "vowed to deepen"));
    const loaded = await loadDataset(dir, { cache });
    expect(loaded.cache?.verdict).toBe(false);
    expect(codes(loaded)).toContain("excerpt-not-in-archive");
    expect(loaded.problems).toEqual((await uncached()).problems);
    await writeFile(archive, text.replace("pledged to deepen", "promised to deepen"));

    await rm(archive);
    const gone = await checkDataset(dir, { cache });
    expect(gone.cache?.verdict).toBe(false);
    expect(codes(gone)).toContain("missing-archive");
    expect(shown(gone)).toEqual(await uncached());

    // Put back as it was: the verdict reached then holds again.
    await writeFile(archive, text);
    const back = await checkDataset(dir, { cache });
    expect(shown(back)).toEqual(await uncached());
    expect((await checkDataset(dir, { cache })).cache?.verdict).toBe(true);
  });

  it("checks again when a data file is added, removed or edited, in any folder", async () => {
    await checkDataset(dir, { cache });
    // A second record with an id already taken: each is now reported, the one unchanged too.
    const actor = await readFile(join(dir, "actors/act-mali.yaml"), "utf8");
    await writeFile(join(dir, "actors/act-mali-copy.yaml"), actor);
    const added = await checkDataset(dir, { cache });
    expect(added.cache?.verdict).toBe(false);
    expect(added.problems.filter((p) => p.code === "duplicate-id")).toHaveLength(2);
    expect(shown(added)).toEqual(await uncached());
    // Answered from the verdict just reached, the count of records is the dataset's own.
    const again = await checkDataset(dir, { cache });
    expect(again.cache?.verdict).toBe(true);
    expect(shown(again)).toEqual(await uncached());

    await rm(join(dir, "places"), { recursive: true });
    const removed = await checkDataset(dir, { cache });
    expect(removed.cache?.verdict).toBe(false);
    expect(shown(removed)).toEqual(await uncached());

    const event = join(dir, "events/evt-pledge.yaml");
    await writeFile(event, (await readFile(event, "utf8")).replace("act-mal,", "act-mali,"));
    const fixed = await checkDataset(dir, { cache });
    expect(fixed.cache).toMatchObject({ misses: 1, verdict: false });
    expect(shown(fixed)).toEqual(await uncached());
  });

  it("does not trust a verdict whose header was altered", async () => {
    const without = await uncached();
    await checkDataset(dir, { cache });
    const [name] = (await readdir(cache)).filter((f) => f.endsWith(".bin"));
    const path = join(cache, name as string);
    const bytes = (await readFile(path)).toString("latin1");
    // The problems the verdict holds, emptied: a valid-looking answer the checksum refuses.
    const altered = bytes.replace(/"problems":\[.*?\],"records"/, '"problems":[],"records"');
    expect(altered).not.toBe(bytes);
    await writeFile(path, Buffer.from(altered, "latin1"));
    const damaged = await checkDataset(dir, { cache });
    expect(damaged.cache).toMatchObject({ verdict: false, rejected: ["corrupt header"] });
    expect(shown(damaged)).toEqual(without);
  });
});
