import { afterAll, describe, expect, it } from "vitest";
import { buildDigest, compareDatasets, type Dataset } from "../src/index.js";
import { loadEdited, removeDataFolders } from "./helpers/data-folder.js";

afterAll(removeDataFolders);

const REVISION = {
  ref: "edition-1",
  commit: "0".repeat(40),
  shortCommit: "0000000",
  date: "2025-02-10",
};

async function dataset(edits: Parameters<typeof loadEdited>[0]): Promise<Dataset> {
  const { result } = await loadEdited(edits);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.dataset;
}

describe("what changed in a record, in words", () => {
  it("gives a changed date and status as their old and new values, in each language", async () => {
    const before = await dataset({});
    const after = await dataset({
      "events/evt-pledge.yaml": [
        ['date: { from: "2025-02-05", to: "2025-02-07" }', 'date: "2025-02-06"\nstatus: announced'],
      ],
    });
    const since = { revision: REVISION, changes: compareDatasets(before, after) };
    const what = (lang: "en" | "fr") =>
      buildDigest(after, { lang, since }).changes?.changed.find((c) => c.id === "evt-pledge")?.what;
    expect(what("en")).toBe(
      "date (was 5–7 February 2025, now 6 February 2025), status (was Occurred, now Announced)",
    );
    expect(what("fr")).toMatch(
      /^date \(auparavant .+, désormais 6 février 2025\), statut \(auparavant .+, désormais .+\)$/,
    );
    expect(what("fr")).not.toContain("announced");
  });
});
