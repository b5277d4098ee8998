import { buildDigest, type DigestEvent } from "@bilat/core";
import { describe, expect, it } from "vitest";
import { weighChronology } from "../src/chronology-pages.js";
import { renderReportFiles } from "../src/report-files.js";
import { DATA, loadValid } from "./support/data-folders.js";

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

describe("chronology pages", () => {
  it("bounds a year by its months, counting a footnote they share once", () => {
    const event = (iso: string) => ({ date: { iso } }) as DigestEvent;
    const shared = "[^1]: **Outlet** · A source";
    const weighed = weighChronology(
      [event("2024-01-05"), event("2024-02-07"), event("2025-03")],
      ([e]) => ({
        bytes: 100,
        once: new Map([
          [shared, 30],
          [`[^${e?.date.iso}]: only here`, 20],
        ]),
      }),
    );
    expect([...weighed.years.keys()]).toEqual(["2024", "2025"]);
    expect(weighed.years.get("2024")?.bytes).toBe(170);
    expect(weighed.years.get("2025")?.bytes).toBe(100);
    expect(weighed.bytes).toBe(240);
  });

  it.each(["en", "fr"] as const)(
    "splits a month too heavy for a page into parts that each fit, every event once (%s)",
    async (lang) => {
      const digest = buildDigest(await loadValid(DATA), { lang });
      for (const pageBytes of [3 * 1024, 4 * 1024, 6 * 1024]) {
        const files = renderReportFiles(digest, lang, { pageBytes });
        const pages = [...files.keys()].filter((f) => f.startsWith(`${lang}-chronology/`));
        const parts = pages.filter((p) => /\/\d{4}-\d{2}-\d+\.md$/.test(p));
        expect(parts.length, `parts at ${pageBytes}`).toBeGreaterThan(1);
        for (const page of parts) {
          expect(bytes(files.get(page) ?? ""), page).toBeLessThanOrEqual(pageBytes);
        }
        const ids = pages.flatMap((p) =>
          [...(files.get(p) ?? "").matchAll(/^\| .*$/gm)].map((m) => m[0]),
        );
        const rows = ids.filter((l) => !/^\| -/.test(l));
        expect(rows.length - pages.length).toBe(digest.chronology.length);
      }
    },
  );

  it.each(["en", "fr"] as const)(
    "never puts on one page a year heavier than the limit (%s)",
    async (lang) => {
      const digest = buildDigest(await loadValid(DATA), { lang });
      const whole = renderReportFiles(digest, lang).get(`${lang}.md`) ?? "";
      // Small enough that the shipped data needs pages, some of them a year's, some a month's.
      for (const pageBytes of [8 * 1024, 16 * 1024, 32 * 1024]) {
        expect(bytes(whole)).toBeGreaterThan(pageBytes);
        const files = renderReportFiles(digest, lang, { pageBytes });
        const pages = [...files.keys()].filter((f) => f.startsWith(`${lang}-chronology/`));
        expect(pages.length).toBeGreaterThan(1);
        for (const page of pages.filter((p) => /\/\d{4}\.md$/.test(p))) {
          expect(bytes(files.get(page) ?? ""), page).toBeLessThanOrEqual(pageBytes);
        }
        // Every event of the period is on exactly one page.
        const rows = pages.flatMap((p) =>
          (files.get(p) ?? "").split("\n").filter((l) => /^\| (?!-)/.test(l)),
        );
        expect(rows.length - pages.length).toBe(digest.chronology.length);
      }
    },
  );
});
