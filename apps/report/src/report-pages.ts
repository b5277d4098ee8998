import { type Digest, type DigestEvent, fill, formatDate, formatNumber } from "@bilat/core";
import {
  type ChronologyGroup,
  chronologyGroups,
  fitsOnePage,
  PAGE_BYTES,
  splitMonth,
  together,
  type Weight,
  weighChronology,
} from "./chronology-pages.js";
import {
  chronologyPage,
  type NearPage,
  type PageLink,
  type ReportData,
  type ReportRenderer,
} from "./render-report.js";

/** Developments a pillar keeps in a report whose chronology is on pages: the latest ones. */
const LATEST_DEVELOPMENTS = 10;

/** The folder, beside the report `<name>.md`, that holds its chronology pages and nothing else. */
export const pagesFolder = (name: string) => `${name}-chronology`;

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/**
 * The footnote definitions of a rendered page (`[^12]: …` lines), each with its bytes and its
 * line break: a page of several months defines each footnote once.
 */
function footnotesOf(markdown: string): Map<string, number> {
  const notes = new Map<string, number>();
  for (const line of markdown.split("\n"))
    if (line.startsWith("[^")) notes.set(line, bytes(line) + 1);
  return notes;
}

/** Footnote references in rendered Markdown (`[^12]`, not the definitions `[^12]:`). */
function citedNotes(markdown: string): Set<number> {
  const notes = new Set<number>();
  for (const m of markdown.matchAll(/\[\^(\d+)\](?!:)/g)) notes.add(Number(m[1]));
  return notes;
}

/** The period a page covers, as a reader names it: `March 2024`, `March 2024 (2)`. */
function pagePeriod(digest: Digest, group: ChronologyGroup): string {
  const period = formatDate(group.period, digest.lang);
  return group.part === undefined ? period : `${period} (${group.part})`;
}

const pageTitle = (digest: Digest, period: string) =>
  fill(digest.labels.phrases.labelled, { label: digest.labels.sections.chronology, value: period });

/**
 * The report as one page when it weighs at most `PAGE_BYTES`; otherwise the report without its
 * chronology table, linking one page per year (or month, or part of a month: `chronologyGroups`)
 * in `<name>-chronology/`. Each page carries the footnotes of the sources it cites, since a
 * footnote shows only on the page that defines it; the report keeps those its own text cites,
 * and each pillar its latest developments. Returns the files by name, relative to the report's folder.
 */
export function reportPages(
  renderer: ReportRenderer,
  digest: Digest,
  name: string,
  data: Omit<ReportData, "chronologyPages">,
  limit = PAGE_BYTES,
): Map<string, string> {
  const report = `${name}.md`;
  const sourcesOf = (events: readonly DigestEvent[]) => {
    const notes = new Set(events.flatMap((e) => e.citations.map((c) => c.note)));
    return digest.sources.filter((s) => notes.has(s.note));
  };
  const renderEvents = (events: readonly DigestEvent[]) =>
    renderer.pageEvents({ ...digest, chronology: [...events], sources: sourcesOf(events) });
  // Each run of events is rendered once, to weigh it, and kept for its page. A run of the
  // chronology is known by its first event and its length.
  const rendered = new Map<DigestEvent, Map<number, string>>();
  const eventsOf = (events: readonly DigestEvent[]) => {
    const first = events[0] as DigestEvent;
    const byLength = rendered.get(first) ?? new Map<number, string>();
    rendered.set(first, byLength);
    let text = byLength.get(events.length);
    if (text === undefined) {
      text = renderEvents(events);
      byLength.set(events.length, text);
    }
    return text;
  };
  const top = (title: string, pages: PageLink[], previous?: NearPage, next?: NearPage) =>
    renderer.pageTop(digest, { page: { title, report: `../${report}`, previous, next }, pages });
  // Weighed with a top that links no page: the links are known only once the pages are.
  const bare = bytes(top("", [])) + 1;
  const weigh = (events: readonly DigestEvent[]): Weight => {
    const text = eventsOf(events);
    return { bytes: bare + bytes(text), once: footnotesOf(text) };
  };
  const average = { bytes: 0, events: 0 };
  const weighMonth = (events: readonly DigestEvent[]): Weight => {
    // A month the months before it say is too heavy for a page is rendered straight away in
    // the parts it will be split into, rather than whole to be weighed and then in parts; if
    // together they would fit after all, it is weighed whole as any other.
    const expected = average.events && (events.length * average.bytes) / average.events;
    if (expected > limit) {
      const parts = splitMonth(events, expected, limit);
      const weights = parts.map(weigh);
      const bytes = together(weights);
      if (bytes > limit && weights.every((w) => w.bytes <= limit)) {
        return { bytes, once: new Map(weights.flatMap((w) => [...w.once])), parts };
      }
    }
    const weight = weigh(events);
    average.bytes += weight.bytes;
    average.events += events.length;
    return weight;
  };
  const weighed = weighChronology(digest.chronology, weighMonth);
  if (fitsOnePage(weighed, limit)) {
    const single = renderer.report(digest, { ...data, chronologyPages: undefined });
    if (bytes(single) <= limit) return new Map([[report, single]]);
  }

  const groups = chronologyGroups(weighed, limit);
  const periods = groups.map((g) => pagePeriod(digest, g));
  const titles = periods.map((p) => pageTitle(digest, p));
  const folder = pagesFolder(name);
  const files = new Map<string, string>();
  const links = (from: "report" | "page", current?: string): PageLink[] =>
    groups.map((g, i) => ({
      title: titles[i] as string,
      file: from === "report" ? `${folder}/${g.key}.md` : `${g.key}.md`,
      current: g.key === current,
    }));
  const chronologyPages = links("report");
  const pillars = digest.pillars.map((p) => {
    const earlier = p.developments.length - LATEST_DEVELOPMENTS;
    return earlier <= 0
      ? p
      : {
          ...p,
          developments: p.developments.slice(-LATEST_DEVELOPMENTS),
          earlier: formatNumber(earlier, digest.lang),
        };
  });
  const sections = digest.sections.map((s) =>
    s.id === "chronology"
      ? {
          ...s,
          children: chronologyPages.map((p) => ({ id: p.file, title: p.title, file: p.file })),
        }
      : s,
  );
  const lean = { ...digest, pillars, sections };
  const draft = renderer.report(lean, { ...data, chronologyPages });
  const notes = citedNotes(draft);
  const sources = digest.sources.filter((s) => notes.has(s.note));
  files.set(report, renderer.report({ ...lean, sources }, { ...data, chronologyPages }));
  const near = (i: number): NearPage | undefined => {
    const group = groups[i];
    return group && { period: periods[i] as string, file: `${group.key}.md` };
  };
  groups.forEach((g, i) => {
    const head = top(titles[i] as string, links("page", g.key), near(i - 1), near(i + 1));
    files.set(`${folder}/${g.key}.md`, chronologyPage(head, eventsOf(g.events)));
  });
  return files;
}
