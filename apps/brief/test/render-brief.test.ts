import { FULL_PROFILE, PILLARS } from "@bilat/core";
import { describe, expect, it } from "vitest";
import { BRIEF_PROFILE, countPages, renderBrief } from "../src/index.js";
import { digestOf, FOLDERS, renderableFolders } from "./fixtures.js";
import { readPdf } from "./read-pdf.js";

const folders = await renderableFolders();
const cases = folders.flatMap(([name, dir]) =>
  (["en", "fr"] as const).map((lang) => ({ name, dir, lang })),
);

/** Page margins (points) that hold the running head and foot: TLP markings sit in them. */
const HEAD = 70;
const FOOT = 64;

describe.each(cases)("the brief of $name in $lang", ({ dir, lang }) => {
  const rendered = (async () => {
    const digest = await digestOf(dir, { lang });
    const pdf = await renderBrief(digest);
    return { digest, pdf, content: await readPdf(pdf) };
  })();

  it("has every section heading, in reading order", async () => {
    const { digest, content } = await rendered;
    const s = digest.labels.sections;
    const headings = [
      s.keyJudgments,
      s.atAGlance,
      ...(digest.places.length > 0 ? [s.map] : []),
      ...(digest.timeline.periods.length > 0 ? [s.chart] : []),
      s.developments,
      ...digest.pillars.map((p) => p.label),
      s.discrepancies,
      s.gaps,
      s.sources,
      s.method,
    ];
    let from = content.text.indexOf(digest.meta.title);
    expect(from).toBeGreaterThanOrEqual(0);
    for (const heading of headings) {
      const at = content.text.indexOf(heading, from);
      expect(at, `heading "${heading}" after offset ${from}`).toBeGreaterThan(from);
      from = at;
    }
  });

  it("states the pair, the period and the information cut-off under the title", async () => {
    const { digest, content } = await rendered;
    const first = content.pages[0]?.text ?? "";
    for (const fact of [digest.meta.pair, digest.meta.period.text, digest.meta.cutoff.text])
      expect(first).toContain(fact.replace(/\s+/g, " "));
  });

  it("marks every page with the TLP label at the top and at the bottom", async () => {
    const { digest, content } = await rendered;
    expect(content.pages.length).toBeGreaterThan(0);
    for (const page of content.pages) {
      const marks = page.runs.filter((r) => r.text === digest.meta.tlp).map((r) => r.y);
      expect(
        marks.some((y) => y > page.height - HEAD),
        `top of page ${page.number}`,
      ).toBe(true);
      expect(
        marks.some((y) => y < FOOT),
        `bottom of page ${page.number}`,
      ).toBe(true);
    }
  });

  it("numbers every page as 'Page n of N' in the document's language", async () => {
    const { digest, content } = await rendered;
    const total = content.pages.length;
    const of = digest.lang === "fr" ? "sur" : "of";
    for (const page of content.pages)
      expect(page.text).toContain(`Page ${page.number} ${of} ${total}`);
    expect(countPages((await rendered).pdf)).toBe(total);
  });

  it("leaves no page without body text", async () => {
    const { digest, content } = await rendered;
    for (const page of content.pages) {
      const body = page.runs.filter(
        (r) => r.y < page.height - HEAD && r.y > FOOT && r.text.trim() !== "",
      );
      expect(body.length, `page ${page.number}`).toBeGreaterThan(
        digest.meta.tlp.length > 0 ? 2 : 0,
      );
    }
  });

  it("gives each key judgment its likelihood with its range, and its confidence apart", async () => {
    const { digest, content } = await rendered;
    for (const j of digest.judgments) {
      const at = content.text.indexOf(j.statement.replace(/\s+/g, " "));
      expect(at, j.statement).toBeGreaterThanOrEqual(0);
      const after = content.text.slice(at);
      const likelihood = `${j.likelihood.text} (${j.likelihood.range.replace(/\s+/g, " ")})`;
      expect(after).toContain(likelihood);
      expect(after).toContain(j.confidence.text);
      expect(after.indexOf(likelihood)).not.toBe(after.indexOf(j.confidence.text));
    }
  });

  it("ends each development with its numbered citations, e.g. [1 B2]", async () => {
    const { digest, content } = await rendered;
    // A line may break after a hyphen or a dash ("counter-terrorism"), read back as a space.
    const flat = (s: string) => s.replace(/\s+/g, " ").replace(/([-–]) /g, "$1");
    for (const pillar of digest.pillars) {
      for (const e of pillar.developments) {
        const marks = [...new Set(e.citations.map((c) => `[${c.note} ${c.grade}]`))].join(" ");
        expect(flat(content.text)).toContain(flat(`${e.summary} ${marks}`));
        expect(content.text).toContain(e.date.text.replace(/\s+/g, " "));
      }
    }
  });

  it("lists every cited source in the endnotes, with outlet, title, date, language and grade", async () => {
    const { digest, content } = await rendered;
    const endnotes = content.text.slice(content.text.lastIndexOf(digest.labels.sections.sources));
    const cited = new Set(
      [
        ...digest.judgments.flatMap((j) => j.citations),
        ...digest.keyFigures.flatMap((f) => f.citations),
        ...digest.pillars.flatMap((p) => p.developments.flatMap((e) => e.citations)),
        ...digest.discrepancies.flatMap((d) => d.claims.flatMap((c) => c.citations)),
      ].map((c) => c.note),
    );
    expect(cited.size).toBeGreaterThan(0);
    for (const note of cited) {
      const source = digest.sources.find((s) => s.note === note);
      expect(source, `endnote ${note}`).toBeDefined();
      if (source === undefined) continue;
      const entry = endnotes.slice(endnotes.indexOf(`${note} ${source.outlet}`));
      expect(entry, `endnote ${note}`).toContain(`${note} ${source.outlet}`);
      for (const part of [source.title, source.published, source.language, source.url ?? ""])
        expect(entry.replace(/ /g, "")).toContain(part.replace(/\s+/g, ""));
      expect(entry).toContain(`${source.reliability.grade} (${source.reliability.text})`);
    }
  });

  it("explains the grades and sets the judgments apart as opinion", async () => {
    const { digest, content } = await rendered;
    const flat = content.text.replace(/ /g, "");
    expect(flat).toContain(digest.labels.phrases.gradesExplained.replace(/\s+/g, ""));
    expect(flat).toContain(digest.labels.phrases.judgmentsDisclaimer.replace(/\s+/g, ""));
  });

  it("carries its title, subject, author and language in the PDF metadata", async () => {
    const { digest, content } = await rendered;
    expect(content.info.Title).toBe(`${digest.labels.document.briefTitle} — ${digest.meta.title}`);
    expect(content.info.Subject).toBe(`${digest.meta.pair}, ${digest.meta.period.text}`);
    expect(content.info.Author).toBe("bilat");
    expect(content.info.Language).toBe(lang);
    expect(content.info.CreationDate).toBe(
      `D:${digest.meta.generated.iso.replace(/-/g, "")}000000Z`,
    );
  });

  it("embeds every font it uses (no standard font left to the viewer)", async () => {
    const raw = (await rendered).pdf.toString("latin1");
    const fonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(raw.match(/\/FontFile2/g)?.length).toBe(new Set(fonts).size);
  });
});

describe("a brief of a large dataset", () => {
  it("lists only the sources it cites, numbered from 1 without gaps", async () => {
    const digest = await digestOf(FOLDERS.sample, {
      profile: { ...BRIEF_PROFILE, maxDevelopments: 1 },
    });
    const everything = await digestOf(FOLDERS.sample, { profile: FULL_PROFILE });
    const cited = digest.sources.map((s) => s.note);
    expect(cited).toEqual(cited.map((_, i) => i + 1));
    expect(cited.length).toBeLessThan(everything.sources.length);
    const content = await readPdf(await renderBrief(digest));
    const endnotes = content.text.slice(content.text.lastIndexOf(digest.labels.sections.sources));
    for (const source of everything.sources) {
      const note = digest.sources.find((s) => s.id === source.id)?.note;
      const listed = endnotes.includes(`${note} ${source.outlet}`);
      expect(listed, source.id).toBe(note !== undefined);
    }
  });

  it("lists the discrepancies the digest holds and says how many more the period has", async () => {
    const digest = await digestOf(FOLDERS.sample);
    const [first] = digest.discrepancies;
    if (first === undefined) throw new Error("the sample has a discrepancy");
    digest.discrepancies = Array.from({ length: 20 }, (_, i) => ({
      ...first,
      subject: `Disputed record number ${i + 1}`,
    }));
    digest.meta.counts.discrepancies = 25;
    const content = await readPdf(await renderBrief(digest));
    expect(content.text).toContain("Disputed record number 20 ");
    expect(content.text).toContain(digest.labels.phrases.more.replace("{count}", "5"));
  });

  it("shows the latest few per pillar and says how many more the period holds", async () => {
    const digest = await digestOf(FOLDERS.sample, {
      profile: { ...BRIEF_PROFILE, maxDevelopments: 2 },
    });
    const pillar = digest.pillars.find((p) => p.total > 2);
    expect(pillar).toBeDefined();
    if (pillar === undefined) return;
    const content = await readPdf(await renderBrief(digest));
    const more = digest.labels.phrases.more.replace("{count}", String(pillar.total - 2));
    expect(content.text).toContain(more);
    for (const e of pillar.developments) expect(content.text).toContain(e.title);
  });

  it("covers only the pillars asked for", async () => {
    const digest = await digestOf(FOLDERS.sample, { pillars: ["environmental"] });
    const content = await readPdf(await renderBrief(digest));
    // A pillar heading is a text run of its own.
    const runs = new Set(content.pages.flatMap((page) => page.runs.map((r) => r.text)));
    expect(runs.has(digest.labels.pillars.environmental)).toBe(true);
    for (const p of PILLARS.filter((p) => p !== "environmental"))
      expect(runs.has(digest.labels.pillars[p]), p).toBe(false);
  });
});
