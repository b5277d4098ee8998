import { afterAll, describe, expect, it } from "vitest";
import { expectProblems, loadEdited, removeDataFolders } from "./helpers/data-folder.js";

afterAll(removeDataFolders);

const EVENT = "events/evt-pledge.yaml";
const ACTOR = "actors/act-senegal.yaml";
const NOTE = "note: { en: Common knowledge., fr: Notoriété publique. }";

describe("outside information", () => {
  it("may mark a field, a nested field, the whole record, and the dataset", async () => {
    const { result } = await loadEdited({
      [EVENT]: [
        [
          "citations:",
          `outsideInformation:\n  - { field: summary, ${NOTE} }\n  - { field: actors.1.role, ${NOTE} }\n  - { ${NOTE} }\ncitations:`,
        ],
      ],
      ["dataset.yaml"]: [
        [
          "licence: CC-BY-4.0",
          `licence: CC-BY-4.0\noutsideInformation:\n  - { field: title.en, ${NOTE} }`,
        ],
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset.events[0]?.outsideInformation).toHaveLength(3);
    expect(result.ok && result.dataset.info.outsideInformation?.[0]?.field).toBe("title.en");
  });

  it("names a field the record has, with a suggestion for a typo", async () => {
    const scenario = await loadEdited({
      [EVENT]: [
        ["citations:", `outsideInformation:\n  - { field: «1»sumary, ${NOTE} }\ncitations:`],
      ],
      [ACTOR]: [
        [
          "country: SEN",
          `country: SEN\noutsideInformation:\n  - { field: «2»roles.0.title, ${NOTE} }`,
        ],
      ],
      ["dataset.yaml"]: [
        [
          "licence: CC-BY-4.0",
          `licence: CC-BY-4.0\noutsideInformation:\n  - { field: «3»assessments.economic, ${NOTE} }`,
        ],
      ],
    });
    expectProblems(scenario, [
      {
        at: 1,
        code: "invalid-outside-information",
        message: "an event has no `sumary` to mark as outside information. Did you mean `summary`?",
        expected: "starting with one of: id, date",
      },
      {
        at: 2,
        code: "invalid-outside-information",
        message: "an actor has no `roles` to mark",
      },
      {
        at: 3,
        code: "invalid-outside-information",
        message: "a dataset has no `assessments` to mark",
      },
    ]);
  });

  it("reports a path that stops inside the record where it stops", async () => {
    const scenario = await loadEdited({
      [EVENT]: [
        ["citations:", `outsideInformation:\n  - { field: «1»actors.7.as, ${NOTE} }\ncitations:`],
      ],
    });
    expectProblems(scenario, [
      { at: 1, code: "invalid-outside-information", message: "no `actors.7` to mark" },
    ]);
  });

  it("needs a note in at least one language", async () => {
    const scenario = await loadEdited({
      [EVENT]: [["citations:", "outsideInformation:\n  - «1»{ field: summary }\ncitations:"]],
    });
    expectProblems(scenario, [
      { at: 1, code: "missing-field", message: "`outsideInformation[0].note` is missing" },
    ]);
  });
});
