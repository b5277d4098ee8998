import { afterAll, describe, expect, it } from "vitest";
import {
  expectProblems,
  loadEdited,
  minimalText,
  removeDataFolders,
} from "./helpers/data-folder.js";

afterAll(removeDataFolders);

const EVENT = {
  id: "evt-json",
  date: "2025-02-06",
  type: "statement",
  pillars: ["security"],
  title: { en: "A statement", fr: "Une déclaration" },
  summary: { en: "A minister spoke.", fr: "Un ministre a parlé." },
  citations: [
    {
      source: "src-ecofin",
      excerpt:
        "Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.",
      translation: { fr: "Le Sénégal et le Mali se sont engagés." },
      credibility: 2,
    },
  ],
};

describe("JSON record files", () => {
  it("loads records from JSON files beside YAML ones, one record or a list", async () => {
    const second = { ...EVENT, id: "evt-json-2" };
    const { result } = await loadEdited({
      "events/one.json": JSON.stringify(EVENT, null, 2),
      "events/list.json": JSON.stringify([second], null, 2),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id).sort()).toEqual([
      "evt-json",
      "evt-json-2",
      "evt-pledge",
    ]);
    expect(result.dataset.events.find((e) => e.id === "evt-json")?.status).toBe("occurred");
  });

  it("places a problem inside a JSON file at its line and column", async () => {
    const text = JSON.stringify([EVENT], null, 2).replace(
      '"type": "statement"',
      '"type": «1»"statment"',
    );
    const scenario = await loadEdited({ "events/list.json": text });
    expectProblems(scenario, [
      { at: 1, code: "invalid-value", message: "Did you mean `statement`?" },
    ]);
  });

  it("says where a JSON file cannot be read", async () => {
    const text = JSON.stringify(EVENT, null, 2).replace('"pillars": [', '"pillars": «1»}[');
    const scenario = await loadEdited({ "events/broken.json": text });
    expectProblems(scenario, [{ at: 1, code: "json-syntax", message: "the JSON cannot be read" }]);
  });

  it("reads the dataset's description from dataset.yaml only, and says so of dataset.json", async () => {
    const scenario = await loadEdited({
      "dataset.json": `«1»${await minimalText("dataset.yaml")}`,
    });
    expectProblems(scenario, [{ at: 1, code: "dataset-file-name", message: "dataset.yaml only" }]);
  });
});
