import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeDataFolder, removeDataFolders } from "@bilat/test-data";
import { afterAll, describe, expect, it } from "vitest";
import {
  compareDatasets,
  loadDataset,
  loadDatasetAtRevision,
  RevisionError,
  resolveRevision,
} from "../src/index.js";

afterAll(removeDataFolders);

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: "2025-02-10T12:00:00Z",
      GIT_COMMITTER_DATE: "2025-02-10T12:00:00Z",
    },
  });

const SECOND_EVENT = `id: evt-talks
date: "2025-02-06"
type: multilateral-meeting
pillars: [diplomatic]
title: { en: Defence talks in Bamako, fr: Entretiens de défense à Bamako }
summary: { en: The ministers talked., fr: Les ministres ont discuté. }
citations:
  - source: src-ecofin
    excerpt: Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.
    translation: { fr: Le Sénégal et le Mali se sont engagés. }
    credibility: 2
`;

/** A real repository whose data folder sits in a subfolder, with a tagged first edition. */
async function repository() {
  const { dir: repo } = await makeDataFolder();
  const data = join(repo, "pairs", "sen-mli");
  execFileSync(
    "sh",
    [
      "-c",
      `mkdir -p pairs/sen-mli && for f in *; do [ "$f" = pairs ] || mv "$f" pairs/sen-mli/; done`,
    ],
    { cwd: repo },
  );
  git(repo, "init", "-q", "-b", "main");
  git(repo, "config", "user.email", "analyst@example.org");
  git(repo, "config", "user.name", "Analyst");
  await writeFile(join(data, "events", "evt-talks.yaml"), SECOND_EVENT);
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "First edition");
  git(repo, "tag", "edition-1");
  return { repo, data };
}

describe("editions from git", () => {
  it("reads an earlier revision without touching the working tree, and compares it", async () => {
    const { repo, data } = await repository();
    // Second edition: one event added, one removed, the judgment's likelihood two steps down.
    await writeFile(
      join(data, "events", "evt-new.yaml"),
      SECOND_EVENT.replace("evt-talks", "evt-new"),
    );
    await rm(join(data, "events", "evt-talks.yaml"));
    const judgment = join(data, "judgments", "jdg-cooperation.yaml");
    await writeFile(
      judgment,
      (await readFile(judgment, "utf8")).replace("very-likely", "roughly-even-chance"),
    );
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "Second edition");
    const statusBefore = git(repo, "status", "--porcelain");

    const earlier = await loadDatasetAtRevision(data, "edition-1");
    const current = await loadDataset(data);
    if (!current.ok) throw new Error("current data does not load");
    expect(git(repo, "status", "--porcelain")).toBe(statusBefore);
    expect(earlier.revision).toMatchObject({ ref: "edition-1", date: "2025-02-10" });
    expect(earlier.revision.commit).toBe(git(repo, "rev-parse", "edition-1").trim());

    const changes = compareDatasets(earlier.dataset, current.dataset);
    const events = changes.records.filter((r) => r.kind === "event");
    expect(events.map((r) => [r.id, r.status])).toEqual([
      ["evt-new", "added"],
      ["evt-talks", "removed"],
    ]);
    expect(changes.counts.event).toEqual({ added: 1, removed: 1, changed: 0 });
    const jdg = changes.judgments.find((j) => j.id === "jdg-cooperation");
    expect(jdg).toMatchObject({
      change: "changed",
      likelihood: { before: "very-likely", after: "roughly-even-chance", direction: "lowered" },
    });
    expect(jdg?.confidence).toBeUndefined();
    expect(changes.unchanged).toBe(false);
  });

  it("finds nothing changed between a revision and identical data", async () => {
    const { data } = await repository();
    const earlier = await loadDatasetAtRevision(data, "HEAD");
    const current = await loadDataset(data);
    if (!current.ok) throw new Error("current data does not load");
    const changes = compareDatasets(earlier.dataset, current.dataset);
    expect(changes.unchanged).toBe(true);
    expect(changes.judgments.every((j) => j.change === "unchanged")).toBe(true);
  });

  it("lists a withdrawn judgment with its last wording, and a new one as new", async () => {
    const { repo, data } = await repository();
    const path = join(data, "judgments", "jdg-cooperation.yaml");
    const text = await readFile(path, "utf8");
    await rm(path);
    await writeFile(
      join(data, "judgments", "jdg-next.yaml"),
      text.replace("jdg-cooperation", "jdg-next"),
    );
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "Renamed judgment");
    const earlier = await loadDatasetAtRevision(data, "HEAD~1");
    const current = await loadDataset(data);
    if (!current.ok) throw new Error("current data does not load");
    const changes = compareDatasets(earlier.dataset, current.dataset);
    expect(changes.judgments.map((j) => [j.id, j.change])).toEqual([
      ["jdg-next", "new"],
      ["jdg-cooperation", "withdrawn"],
    ]);
    expect(changes.judgments[1]?.judgment.statement.en).toContain(
      "Military cooperation will very likely",
    );
  });

  it("says clearly when the folder is outside git, or the revision unknown", async () => {
    const outside = await mkdtemp(join(tmpdir(), "bilat-nogit-"));
    await expect(loadDatasetAtRevision(outside, "HEAD")).rejects.toMatchObject({
      code: "not-a-repository",
    });
    await rm(outside, { recursive: true, force: true });
    const { data } = await repository();
    const error = await resolveRevision(data, "edition-9").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevisionError);
    expect(error).toMatchObject({ code: "unknown-revision" });
    expect((error as Error).message).toContain("`edition-9`");
  });

  it("names the files of an earlier dataset that no longer loads, and keeps what it can read", async () => {
    const { repo, data } = await repository();
    const path = join(data, "events", "evt-talks.yaml");
    await writeFile(
      path,
      SECOND_EVENT.replace("type: multilateral-meeting", "type: multilateral-meetin"),
    );
    git(repo, "commit", "-qam", "Broken");
    git(repo, "tag", "broken");
    const error = (await loadDatasetAtRevision(data, "broken").catch(
      (e: unknown) => e,
    )) as RevisionError;
    expect(error.code).toBe("earlier-dataset-invalid");
    expect(error.message).toContain("events/evt-talks.yaml");
    expect(error.problems[0]).toMatchObject({ file: "events/evt-talks.yaml", line: 3 });
    expect(error.partial?.events.map((e) => e.id)).toEqual(["evt-pledge"]);
  });
});
