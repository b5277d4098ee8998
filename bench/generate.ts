/**
 * A deterministic generator of realistic data folders (same seed, same bytes), shaped like the
 * shipped records: events with two-language titles and summaries of a few sentences wrapped over
 * several lines, one to three citations each with an excerpt of the source's archived text and
 * its translation, actors with roles, places and agreements; sources with notes and an archive.
 */
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface GenerateOptions {
  events: number;
  /** Events per list file; `events` or more puts them all in one file. */
  perFile: number;
  /** Problems to plant in the events: typos in references, keys and dates, in equal parts. */
  errors: number;
  seed: number;
}

export interface Counts {
  events: number;
  sources: number;
  actors: number;
  places: number;
  agreements: number;
  indicators: number;
  judgments: number;
}

/** mulberry32: small, fast and good enough to make varied but reproducible data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  "visit",
  "host-visit",
  "meet-third-location",
  "multilateral-meeting",
  "sign-agreement",
  "express-intent-to-cooperate",
  "military-cooperation",
  "joint-patrol",
  "training",
  "intelligence-cooperation",
  "economic-cooperation",
  "humanitarian-aid",
  "policy-measure",
  "statement",
  "attack",
  "accident",
];
const PILLARS = ["security", "diplomatic", "economic", "environmental", "humanitarian"];
const ROLES = ["source", "target", "participant", "mediator"];
// Words as the shipped articles use them, with the accents and apostrophes of French.
const WORDS = {
  en: "the ministers of defence met in Bamako and Dakar to review the joint border patrols along the Falémé river, the rail corridor to the port, customs checks at Diboli and Kidira, trade in livestock and cereals, the return of refugees, river transport, electricity from the Manantali dam and the training of officers at military schools under the agreement signed in March".split(
    " ",
  ),
  fr: "les ministres de la défense se sont réunis à Bamako et à Dakar pour examiner les patrouilles frontalières conjointes le long de la Falémé, le corridor ferroviaire vers le port, les contrôles douaniers à Diboli et Kidira, le commerce du bétail et des céréales, le retour des réfugiés, le transport fluvial, l’électricité du barrage de Manantali et la formation d’officiers dans les écoles militaires en vertu de l’accord signé en mars".split(
    " ",
  ),
} as const;
type Lang = keyof typeof WORDS;
const other = (lang: Lang): Lang => (lang === "en" ? "fr" : "en");

const COVERAGE_START = Date.UTC(2015, 0, 1);
const COVERAGE_END = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;
/** Sentences in each source's archived text, from which its citations take their excerpts. */
const ARCHIVE_SENTENCES = 16;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A plain YAML scalar folded over lines of at most 100 columns, as the formatter writes them. */
function folded(text: string, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && indent.length + line.length + word.length + 1 > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((l) => `\n${indent}${l}`).join("");
}

/** Writes the data folder; returns the number of records of each kind. */
export async function generateDataset(dir: string, options: GenerateOptions): Promise<Counts> {
  const random = prng(options.seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const sentence = (lang: Lang, n: number) => {
    const text = Array.from({ length: n }, () => pick(WORDS[lang])).join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/,$/, "")}.`;
  };
  const sentences = (lang: Lang, count: number, words: number) =>
    Array.from({ length: count }, () => sentence(lang, words)).join(" ");
  const text = (en: string, fr: string, indent: string) =>
    `\n${indent}en:${folded(en, `${indent}  `)}\n${indent}fr:${folded(fr, `${indent}  `)}`;

  const counts: Counts = {
    events: options.events,
    sources: Math.max(10, Math.round(options.events / 50)),
    actors: Math.max(10, Math.round(options.events / 200)),
    places: Math.max(10, Math.round(options.events / 100)),
    agreements: Math.max(2, Math.round(options.events / 500)),
    indicators: Math.max(2, Math.round(options.events / 200)),
    judgments: 20,
  };
  for (const folder of [
    "sources",
    "archive",
    "actors",
    "places",
    "events",
    "agreements",
    "indicators",
    "judgments",
  ]) {
    await mkdir(join(dir, folder), { recursive: true });
  }
  await writeFile(
    join(dir, "dataset.yaml"),
    [
      "id: bench",
      "title: { en: Generated benchmark dataset, fr: Jeu de données de test généré }",
      "dyad: [SEN, MLI]",
      `coverage: { from: "${iso(COVERAGE_START)}", to: "${iso(COVERAGE_END)}" }`,
      `cutoff: "${iso(COVERAGE_END)}"`,
      "languages: [en, fr]",
      "tlp: TLP:CLEAR",
      "licence: CC0-1.0",
      "",
    ].join("\n"),
  );

  // Sources, each with an archived text (an article of a few hundred words) and its rendering
  // sentence by sentence in the other language, which citations quote.
  const sourceDate: number[] = [];
  const sourceLang: Lang[] = [];
  const archive: string[][] = [];
  const rendering: string[][] = [];
  const sources: string[] = [];
  for (let i = 0; i < counts.sources; i++) {
    const published = COVERAGE_START + int((COVERAGE_END - COVERAGE_START) / DAY) * DAY;
    const lang: Lang = random() < 0.3 ? "en" : "fr";
    const id = `src-${pad(i, 6)}`;
    sourceDate.push(published);
    sourceLang.push(lang);
    archive.push(Array.from({ length: ARCHIVE_SENTENCES }, () => sentence(lang, 26)));
    rendering.push(Array.from({ length: ARCHIVE_SENTENCES }, () => sentence(other(lang), 26)));
    await writeFile(join(dir, "archive", `${id}.txt`), `${archive[i]?.join("\n\n")}\n`);
    sources.push(
      [
        `- id: ${id}`,
        "  kind: article",
        `  outlet: Outlet ${int(40)}`,
        `  title: "${sentence(lang, 9)}"`,
        `  url: https://example.org/${lang}/${i}`,
        `  published: "${iso(published)}"`,
        `  language: ${lang}`,
        `  reliability: ${pick(["A", "B", "C", "D", "F"])}`,
        `  reliabilityNote:${text(sentences("en", 2, 16), sentences("fr", 2, 16), "    ")}`,
        `  archive: archive/${id}.txt`,
        "",
      ].join("\n"),
    );
  }
  await writeFile(join(dir, "sources", "sources.yaml"), sources.join(""));

  const actors: string[] = [];
  for (let i = 0; i < counts.actors; i++) {
    actors.push(
      [
        `- id: act-${pad(i, 5)}`,
        `  kind: ${pick(["person", "state", "organisation", "armed-group", "military-unit"])}`,
        `  name: { en: Actor ${i}, fr: Acteur ${i} }`,
        `  country: ${pick(["SEN", "MLI", "MRT", "GIN"])}`,
        "",
      ].join("\n"),
    );
  }
  await writeFile(join(dir, "actors", "actors.yaml"), actors.join(""));

  /** Approximate coordinates say how they were chosen, as the place check asks. */
  const placePrecision = (precision: number) =>
    precision === 1
      ? ["  geoPrecision: 1"]
      : [
          `  geoPrecision: ${precision}`,
          "  note: { en: centre of the commune, fr: centre de la commune }",
        ];
  const places: string[] = [];
  for (let i = 0; i < counts.places; i++) {
    places.push(
      [
        `- id: plc-${pad(i, 5)}`,
        `  kind: ${pick(["city", "town", "village", "region", "border-post"])}`,
        `  name: { en: Place ${i}, fr: Lieu ${i} }`,
        `  countries: [${pick(["SEN", "MLI"])}]`,
        `  lat: ${(10 + random() * 15).toFixed(4)}`,
        `  lon: ${(-17 + random() * 13).toFixed(4)}`,
        ...placePrecision(1 + int(3)),
        "",
      ].join("\n"),
    );
  }
  await writeFile(join(dir, "places", "places.yaml"), places.join(""));

  /** A citation of a source: one sentence of its archive, and that sentence's rendering. */
  const citation = (source: number, indent: string) => {
    const lang = sourceLang[source] as Lang;
    const k = int(ARCHIVE_SENTENCES);
    return [
      `${indent}- source: src-${pad(source, 6)}`,
      `${indent}  excerpt:${folded(archive[source]?.[k] ?? "", `${indent}    `)}`,
      `${indent}  translation:`,
      `${indent}    ${other(lang)}:${folded(rendering[source]?.[k] ?? "", `${indent}      `)}`,
      // One passage of one source is one piece of information: always graded alike.
      `${indent}  credibility: ${1 + ((source * 7 + k) % 6)}`,
    ].join("\n");
  };

  // Events, in list files of `perFile`; each is dated on or before its latest source.
  const errorEvery = options.errors > 0 ? Math.floor(options.events / options.errors) : 0;
  let planted = 0;
  let stream: ReturnType<typeof createWriteStream> | undefined;
  const write = (chunk: string) =>
    new Promise<void>((resolve) => {
      if (stream?.write(chunk)) resolve();
      else stream?.once("drain", resolve);
    });
  for (let i = 0; i < options.events; i++) {
    if (i % options.perFile === 0) {
      if (stream) await new Promise((resolve) => stream?.end(resolve));
      const name =
        options.perFile >= options.events
          ? "events.yaml"
          : `events-${pad(i / options.perFile, 4)}.yaml`;
      stream = createWriteStream(join(dir, "events", name));
    }
    const cited = Array.from({ length: 1 + int(3) }, () => int(counts.sources));
    const latest = Math.max(...cited.map((s) => sourceDate[s] ?? COVERAGE_END));
    const start = Math.max(COVERAGE_START, latest - int(30) * DAY);
    const precision = random();
    const date =
      precision < 0.7
        ? `"${iso(start)}"`
        : precision < 0.85
          ? `"${iso(start).slice(0, 7)}"`
          : `{ from: "${iso(start)}", to: "${iso(Math.min(latest, start + int(5) * DAY))}" }`;
    const lines = [
      `- id: evt-${pad(i, 7)}`,
      `  date: ${date}`,
      `  type: ${pick(TYPES)}`,
      "  pillars:",
      `    - ${pick(PILLARS)}`,
      `  title:${text(sentence("en", 8), sentence("fr", 8), "    ")}`,
      `  summary:${text(sentences("en", 2, 19), sentences("fr", 2, 19), "    ")}`,
      "  actors:",
      ...Array.from({ length: 1 + int(3) }, () =>
        [`    - actor: act-${pad(int(counts.actors), 5)}`, `      role: ${pick(ROLES)}`].join("\n"),
      ),
      "  places:",
      `    - plc-${pad(int(counts.places), 5)}`,
      ...(random() < 0.2 ? ["  agreements:", `    - agr-${pad(int(counts.agreements), 5)}`] : []),
      "  citations:",
      ...cited.map((s) => citation(s, "    ")),
    ];
    if (errorEvery > 0 && i % errorEvery === errorEvery - 1 && planted < options.errors) {
      // Three kinds of mistakes an analyst makes: a typo in a reference, in a key, in a date.
      const kind = planted % 3;
      const actorLine = lines.findIndex((l) => l.startsWith("    - actor: "));
      if (kind === 0) lines[actorLine] = "    - actor: act-x0001";
      else if (kind === 1) lines.push("  sumary: { en: Misspelt key. }");
      else lines[1] = '  date: "2023-02-30"';
      planted += 1;
    }
    await write(`${lines.join("\n")}\n`);
  }
  if (stream) await new Promise((resolve) => stream?.end(resolve));

  const agreements: string[] = [];
  for (let i = 0; i < counts.agreements; i++) {
    const source = int(counts.sources);
    agreements.push(
      [
        `- id: agr-${pad(i, 5)}`,
        `  kind: ${pick(["agreement", "memorandum-of-understanding", "framework", "protocol"])}`,
        `  title: { en: Agreement ${i}, fr: Accord ${i} }`,
        `  signed: "${iso(sourceDate[source] ?? COVERAGE_START)}"`,
        `  parties: [act-${pad(int(counts.actors), 5)}, act-${pad(int(counts.actors), 5)}]`,
        `  domains: [${pick(PILLARS)}]`,
        `  status: ${pick(["signed", "in-force", "announced"])}`,
        `  summary:${text(sentence("en", 14), sentence("fr", 14), "    ")}`,
        "  citations:",
        citation(source, "    "),
        "",
      ].join("\n"),
    );
  }
  await writeFile(join(dir, "agreements", "agreements.yaml"), agreements.join(""));

  const indicators: string[] = [];
  for (let i = 0; i < counts.indicators; i++) {
    indicators.push(
      [
        `- id: ind-${pad(i, 5)}`,
        `  name: { en: Figure ${i}, fr: Chiffre ${i} }`,
        `  value: ${(random() * 1e6).toFixed(1)}`,
        `  unit: ${pick(["km", "percent", "XOF", "persons"])}`,
        `  period: "${2015 + int(11)}"`,
        `  scope:${text(sentence("en", 6), sentence("fr", 6), "    ")}`,
        `  pillars: [${pick(PILLARS)}]`,
        "  citations:",
        citation(int(counts.sources), "    "),
        "",
      ].join("\n"),
    );
  }
  await writeFile(join(dir, "indicators", "indicators.yaml"), indicators.join(""));

  const judgments: string[] = [];
  for (let i = 0; i < counts.judgments; i++) {
    judgments.push(
      [
        `- id: jdg-${pad(i, 3)}`,
        `  statement:${text(sentence("en", 18), sentence("fr", 18), "    ")}`,
        `  likelihood: ${pick(["unlikely", "roughly-even-chance", "likely", "very-likely"])}`,
        `  confidence: ${pick(["low", "moderate", "high"])}`,
        `  evidence: [evt-${pad(int(options.events), 7)}, agr-${pad(int(counts.agreements), 5)}]`,
        "",
      ].join("\n"),
    );
  }
  await writeFile(join(dir, "judgments", "judgments.yaml"), judgments.join(""));
  return counts;
}
