import { describe, expect, it } from "vitest";
import {
  outcomeOf,
  outlinedBytes,
  outlineOutcome,
  restoreOutcome,
  WORDS,
} from "../src/load/check-outline.js";
import { type FileOutcome, loadFile } from "../src/load/load-file.js";

const EVENTS = `- id: evt-a
  date: "2025-02-05"
  type: statement
  pillars: [diplomatic]
  title: { en: A statement, fr: Une déclaration }
  summary: { en: Mali issued a statement., fr: Le Mali a publié une déclaration. }
  actors: [{ actor: act-mali, role: source }]
  citations:
    - source: src-ecofin
      excerpt: |
        Senegal and Mali   have pledged.
      translation: { fr: Le Sénégal et le Mali se sont engagés. }
      credibility: 2
`;

describe("the outline of a file's outcome", () => {
  it("keeps every record's shape, ids and references, with texts' words replaced and quotations whole", () => {
    const dataFile = { file: "events/a.yaml", kind: "event" as const, absolute: "/nowhere" };
    const outcome = loadFile(dataFile, EVENTS);
    const whole = structuredClone(outcome);
    outlineOutcome(outcome);
    const [record] = outcome.records.map((r) => r.record) as Record<string, unknown>[];
    expect(record).toMatchObject({
      id: "evt-a",
      date: "2025-02-05",
      pillars: ["diplomatic"],
      title: { en: WORDS, fr: WORDS },
      summary: { en: WORDS, fr: WORDS },
      actors: [{ actor: "act-mali", role: "source" }],
      citations: [
        { source: "src-ecofin", excerpt: WORDS, translation: { fr: WORDS }, credibility: 2 },
      ],
    });
    expect(outcome.quotations).toEqual(["Senegal and Mali have pledged."]);
    expect(outcome.citations[0]?.citation).toBe((record?.citations as unknown[])[0]);
    expect(outcome.problems).toEqual(whole.problems);
    expect(outcome.occurrences).toEqual(whole.occurrences);
  });

  it("leaves an empty text empty, and what is not a localised text as it is", () => {
    const record = { id: "x", note: { en: "", fr: "Mot" }, other: { en: "kept", xx: "kept" } };
    const origin = { file: "events/x.yaml", index: undefined };
    const outcome = {
      ...loadFile({ file: "events/x.yaml", kind: "event", absolute: "/nowhere" }, "[]"),
      records: [{ kind: "event", record, origin }],
    } as unknown as FileOutcome;
    outlineOutcome(outcome);
    expect(record).toEqual({
      id: "x",
      note: { en: "", fr: WORDS },
      other: { en: "kept", xx: "kept" },
    });
  });

  it("gives back the whole outcome from its outline and the words taken out", () => {
    const dataFile = { file: "events/a.yaml", kind: "event" as const, absolute: "/nowhere" };
    const outcome = loadFile(dataFile, EVENTS);
    const whole = structuredClone(outcome);
    const words = outlineOutcome(outcome);
    expect(words[0]).toMatch(/^Senegal and Mali   have pledged\./);
    restoreOutcome(outcome, words);
    expect(outcome).toEqual(whole);
    expect(() => restoreOutcome(structuredClone(outcome), words.slice(1))).toThrow();
  });

  it("serialises an outcome so that its outline alone, or all of it, can be read back", () => {
    const dataFile = { file: "events/a.yaml", kind: "event" as const, absolute: "/nowhere" };
    const outcome = loadFile(dataFile, EVENTS);
    const whole = structuredClone(outcome);
    const { body, outline } = outlinedBytes(outcome, true);
    expect(outcome).toEqual(whole);
    expect(outcomeOf(body, outline, true)).toEqual(whole);
    const outlined = structuredClone(whole);
    outlineOutcome(outlined);
    expect(outcomeOf(body, outline, false)).toEqual(outlined);
  });

  it("reads back words UTF-8 cannot carry, a lone surrogate among them", () => {
    const dataFile = { file: "events/a.yaml", kind: "event" as const, absolute: "/nowhere" };
    const outcome = loadFile(
      dataFile,
      EVENTS.replace("Mali issued a statement.", '"Mali \\ud800 issued."'),
    );
    expect(outcome.records).toHaveLength(1);
    const whole = structuredClone(outcome);
    const { body, outline } = outlinedBytes(outcome);
    // Serialised by v8, whose bytes start with 0xFF, rather than as UTF-8.
    expect(body[outline]).toBe(0xff);
    expect(outcomeOf(body, outline, true)).toEqual(whole);
  });
});
