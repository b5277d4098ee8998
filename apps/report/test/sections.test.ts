import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildDigest, FULL_PROFILE } from "@bilat/core";
import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES_DIR } from "../src/load-templates.js";
import { renderReport } from "../src/render-report.js";
import { REPORT_PROFILE, REPORT_SECTIONS } from "../src/report-profile.js";
import { sectionPartial } from "../src/section-partial.js";
import { loadValid, RICH } from "./support/data-folders.js";

const headings = (markdown: string) => [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
const contents = (markdown: string) => [...markdown.matchAll(/^- \[(.+?)\]\(#/gm)].map((m) => m[1]);

describe("the report's sections", () => {
  it("has a partial for every section it shows", () => {
    for (const id of REPORT_SECTIONS) {
      const file = join(DEFAULT_TEMPLATES_DIR, "partials", `${sectionPartial(id)}.hbs`);
      expect(existsSync(file), file).toBe(true);
    }
  });

  it("lays out the digest's sections in their order, and lists the same in its contents", async () => {
    const dataset = await loadValid(RICH);
    const digest = buildDigest(dataset, { profile: { sections: ["gaps", "keyJudgments"] } });
    const markdown = renderReport(digest);
    const { labels } = digest;
    expect(headings(markdown)).toEqual([
      labels.document.contents,
      labels.sections.keyJudgments,
      labels.sections.gaps,
    ]);
    expect(contents(markdown)).toEqual([labels.sections.keyJudgments, labels.sections.gaps]);
  });

  it("leaves out a section it has no partial for, in the text and in the contents", async () => {
    const dataset = await loadValid(RICH);
    const full = renderReport(buildDigest(dataset, { profile: FULL_PROFILE }));
    const report = renderReport(buildDigest(dataset, { profile: REPORT_PROFILE }));
    expect(full).toBe(report);
    expect(headings(report)).not.toContain(buildDigest(dataset).labels.sections.atAGlance);
  });
});
