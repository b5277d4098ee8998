import { afterAll, describe, expect, it } from "vitest";
import { expectProblems, loadEdited, removeDataFolders } from "./helpers/data-folder.js";

afterAll(removeDataFolders);

const trend = (id: string, period: string, extra = "analystJudgment: true\n") => `id: ${id}
pillar: security
period: ${period}
trend: deteriorated
alert: conflict-risk
reason:
  en: An attack hit the border.
  fr: Une attaque a frappé la frontière.
${extra}`;

describe("trends", () => {
  it("loads a trend marked as the analyst's judgment, and one that cites a source", async () => {
    const cited = `citations:
  - source: src-ecofin
    excerpt: Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.
    translation: { fr: Le Sénégal et le Mali se sont engagés. }
    credibility: 2
`;
    const { result } = await loadEdited({
      "trends/trd-feb.yaml": trend("trd-feb", '"2025-02"'),
      "trends/trd-mar.yaml": trend("trd-mar", '"2025-03"', cited),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.trends.map((t) => [t.id, t.analystJudgment])).toEqual([
      ["trd-feb", true],
      ["trd-mar", false],
    ]);
  });

  it("refuses a trend with neither citations nor the analyst's mark, at its place", async () => {
    const scenario = await loadEdited({
      "trends/trd-feb.yaml": `«1»${trend("trd-feb", '"2025-02"', "")}`,
    });
    expectProblems(
      scenario,
      [{ at: 1, code: "invalid-value", message: "analystJudgment: true" }],
      ["missing-field"],
    );
  });

  it("refuses two trends of one pillar over overlapping periods", async () => {
    const scenario = await loadEdited({
      "trends/trd-feb.yaml": trend("trd-feb", '"2025-02"'),
      "trends/trd-q1.yaml": trend("trd-q1", '«1»{ from: "2025-01", to: "2025-03" }'),
    });
    expectProblems(scenario, [{ at: 1, code: "overlapping-trends", message: "`trd-feb`" }]);
  });
});
