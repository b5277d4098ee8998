import { afterAll, describe, expect, it } from "vitest";
import {
  buildDigest,
  dateBounds,
  formatDate,
  formatDatePhrase,
  isoDate,
  precisionOf,
  queryEvents,
} from "../src/index.js";
import { expectProblems, loadEdited, removeDataFolders } from "./helpers/data-folder.js";

afterAll(removeDataFolders);

const EVENT = "events/evt-pledge.yaml";
const EVENT_DATE = 'date: { from: "2025-02-05", to: "2025-02-07" }';

/** A second event, dated on a given day, so sorting can be compared. */
const dayEvent = (id: string, date: string) => `id: ${id}
date: "${date}"
type: statement
pillars: [security]
title: { en: ${id}, fr: ${id} }
summary: { en: Something happened., fr: Il s'est passé quelque chose. }
citations:
  - source: src-ecofin
    excerpt: Both states share a border of 419 kilometres.
    translation: { fr: Les deux États partagent une frontière de 419 kilomètres. }
    credibility: 2
`;

describe("a date known only as no later than", () => {
  it("has precision `by`, counts as its `by` day, and reads as EDTF `../day`", () => {
    expect(precisionOf({ by: "2025-02-07" })).toBe("by");
    expect(dateBounds({ by: "2025-02-07" })).toEqual({ start: "2025-02-07", end: "2025-02-07" });
    // A month: the last day of the month is the only day the source vouches for.
    expect(dateBounds({ by: "2024-02" })).toEqual({ start: "2024-02-29", end: "2024-02-29" });
    expect(isoDate({ by: "2025-02-07" })).toBe("../2025-02-07");
  });

  it.each([
    ["en", "2025-02-07", "reported by 7 February 2025"],
    ["fr", "2025-02-07", "signalé au plus tard le 7 février 2025"],
    ["en", "2025-02", "reported by February 2025"],
    ["fr", "2025-02", "signalé au plus tard en février 2025"],
  ] as const)("in %s, by %s reads “%s” alone and in a sentence", (lang, by, text) => {
    expect(formatDate({ by }, lang)).toBe(text);
    expect(formatDatePhrase({ by }, lang)).toBe(text);
  });

  it("loads from YAML, sorts and selects by its `by` day", async () => {
    const { result } = await loadEdited({
      [EVENT]: [[EVENT_DATE, 'date: { by: "2025-02-07" }']],
      "events/evt-earlier.yaml": dayEvent("evt-earlier", "2025-02-06"),
      "events/evt-later.yaml": dayEvent("evt-later", "2025-02-08"),
    });
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    const events = result.dataset.events;
    const pledge = events.find((e) => e.id === "evt-pledge");
    expect(pledge?.date).toEqual({ by: "2025-02-07" });
    expect(queryEvents(result.dataset).map((e) => e.id)).toEqual([
      "evt-earlier",
      "evt-pledge",
      "evt-later",
    ]);
    // The 5–7 February range would overlap 1–6 February; "by 7 February" counts as the 7th only.
    expect(
      queryEvents(result.dataset, { from: "2025-02-01", to: "2025-02-06" }).map((e) => e.id),
    ).toEqual(["evt-earlier"]);
    const digest = buildDigest(result.dataset, { lang: "fr" });
    const row = digest.chronology.find((e) => e.id === "evt-pledge");
    expect(row?.date).toMatchObject({
      iso: "../2025-02-07",
      precision: "by",
      text: "signalé au plus tard le 7 février 2025",
    });
  });

  it("may not be later than every source that reports the event", async () => {
    const scenario = await loadEdited({
      [EVENT]: [[EVENT_DATE, 'date: «1»{ by: "2025-02-11" }']],
    });
    expectProblems(scenario, [
      {
        at: 1,
        code: "dated-after-sources",
        message: ["reported by 2025-02-11", "latest 2025-02-10"],
        expected: "`by:` on or before 2025-02-10",
      },
    ]);
  });

  it("on the publication day is accepted", async () => {
    const { result } = await loadEdited({ [EVENT]: [[EVENT_DATE, 'date: { by: "2025-02-10" }']] });
    expect(result.problems).toEqual([]);
  });

  it("must name a real day", async () => {
    const scenario = await loadEdited({
      [EVENT]: [[EVENT_DATE, 'date: { by: «1»"2025-02-30" }']],
    });
    expectProblems(scenario, [
      { at: 1, code: "invalid-value", message: ["`date.by`", "real day"] },
    ]);
  });
});
