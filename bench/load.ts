/**
 * Benchmark of `loadDataset` (parse + validate + cross-record checks) on a generated dataset.
 *
 *   node_modules/.bin/tsx --conditions=@bilat/source bench/load.ts [options]
 *
 *   --events N     events to generate (default 100000)
 *   --per-file N   events per list file (default: all in one file)
 *   --errors N     problems to plant in the events (default 0)
 *   --seed N       seed of the generator (default 20250205)
 *   --keep         keep the generated folder and print its path
 *
 * The data is generated deterministically (same seed, same bytes) into a temporary folder, then
 * loaded in a fresh Node process so that its peak memory is the loader's alone.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";

// ——— deterministic random numbers (mulberry32) ———

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

// ——— vocabulary ———

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
const EN = [
  "ministers",
  "delegation",
  "border",
  "security",
  "cooperation",
  "agreement",
  "trade",
  "corridor",
  "river",
  "patrol",
  "talks",
  "officials",
  "regional",
  "joint",
  "committee",
  "defence",
  "customs",
  "railway",
  "energy",
  "refugees",
];
const FR = [
  "ministres",
  "délégation",
  "frontière",
  "sécurité",
  "coopération",
  "accord",
  "commerce",
  "corridor",
  "fleuve",
  "patrouille",
  "entretiens",
  "responsables",
  "régional",
  "conjoint",
  "comité",
  "défense",
  "douanes",
  "chemin de fer",
  "énergie",
  "réfugiés",
];

const COVERAGE_START = Date.UTC(2015, 0, 1);
const COVERAGE_END = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, "0");

interface Counts {
  events: number;
  sources: number;
  actors: number;
  places: number;
  agreements: number;
  indicators: number;
  judgments: number;
}

/** Writes the data folder; returns the number of records of each kind and the files written. */
async function generate(
  dir: string,
  options: { events: number; perFile: number; errors: number; seed: number },
): Promise<Counts> {
  const random = prng(options.seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const words = (list: readonly string[], n: number) =>
    Array.from({ length: n }, () => pick(list)).join(" ");
  const sentence = (list: readonly string[], n: number) => {
    const text = words(list, n);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };

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

  // Sources: publication dates spread over the coverage, half in English, half in French.
  const sourceDate: number[] = [];
  const sourceLang: string[] = [];
  const sources: string[] = [];
  for (let i = 0; i < counts.sources; i++) {
    const published = COVERAGE_START + int((COVERAGE_END - COVERAGE_START) / DAY) * DAY;
    const lang = random() < 0.5 ? "en" : "fr";
    sourceDate.push(published);
    sourceLang.push(lang);
    sources.push(
      [
        `- id: src-${pad(i, 6)}`,
        `  outlet: Outlet ${int(40)}`,
        `  title: "${sentence(lang === "en" ? EN : FR, 8)}"`,
        `  url: https://example.org/${lang}/${i}`,
        `  published: "${iso(published)}"`,
        `  language: ${lang}`,
        `  reliability: ${pick(["A", "B", "C", "D", "F"])}`,
        `  reliabilityNote: { en: ${sentence(EN, 6)}, fr: ${sentence(FR, 6)} }`,
        "",
      ].join("\n"),
    );
  }
  await writeFile(join(dir, "sources", "sources.yaml"), sources.join(""));

  const actors: string[] = [];
  for (let i = 0; i < counts.actors; i++) {
    const name = `Actor ${i}`;
    actors.push(
      [
        `- id: act-${pad(i, 5)}`,
        `  kind: ${pick(["person", "state", "organisation", "armed-group", "military-unit"])}`,
        `  name: { en: ${name}, fr: Acteur ${i} }`,
        `  country: ${pick(["SEN", "MLI", "MRT", "GIN"])}`,
        "",
      ].join("\n"),
    );
  }
  await writeFile(join(dir, "actors", "actors.yaml"), actors.join(""));

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
        `  geoPrecision: ${1 + int(3)}`,
        "",
      ].join("\n"),
    );
  }
  await writeFile(join(dir, "places", "places.yaml"), places.join(""));

  /** A citation of a source, with the rendering in the other language. */
  const citation = (source: number, indent: string) => {
    const lang = sourceLang[source];
    const other = lang === "en" ? "fr" : "en";
    return [
      `${indent}- source: src-${pad(source, 6)}`,
      `${indent}  excerpt: ${sentence(lang === "en" ? EN : FR, 14)}`,
      `${indent}  translation: { ${other}: ${sentence(other === "en" ? EN : FR, 14)} }`,
      `${indent}  credibility: ${1 + int(6)}`,
    ].join("\n");
  };

  // Events, in list files of `perFile`; each is dated on or before its latest source.
  const errorEvery = options.errors > 0 ? Math.floor(options.events / options.errors) : 0;
  let planted = 0;
  let stream: ReturnType<typeof createWriteStream> | undefined;
  const write = (text: string) =>
    new Promise<void>((resolve) => {
      if (stream?.write(text)) resolve();
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
    const actorCount = 1 + int(3);
    const lines = [
      `- id: evt-${pad(i, 7)}`,
      `  date: ${date}`,
      `  type: ${pick(TYPES)}`,
      `  pillars: [${pick(PILLARS)}]`,
      `  title: { en: ${sentence(EN, 7)}, fr: ${sentence(FR, 7)} }`,
      "  summary:",
      `    en: ${sentence(EN, 25)}`,
      `    fr: ${sentence(FR, 25)}`,
      "  actors:",
      ...Array.from(
        { length: actorCount },
        () => `    - { actor: act-${pad(int(counts.actors), 5)}, role: ${pick(ROLES)} }`,
      ),
      `  places: [plc-${pad(int(counts.places), 5)}]`,
      "  citations:",
      ...cited.map((s) => citation(s, "    ")),
    ];
    if (errorEvery > 0 && i % errorEvery === errorEvery - 1 && planted < options.errors) {
      // Three kinds of mistakes an analyst makes: a typo in a reference, in a key, in a date.
      const kind = planted % 3;
      if (kind === 0) lines[9] = "    - { actor: act-x0001, role: source }";
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
        `  summary: { en: ${sentence(EN, 12)}, fr: ${sentence(FR, 12)} }`,
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
        `  scope: { en: ${sentence(EN, 5)}, fr: ${sentence(FR, 5)} }`,
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
        `  statement: { en: ${sentence(EN, 15)}, fr: ${sentence(FR, 15)} }`,
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

async function folderSize(dir: string): Promise<{ files: number; bytes: number; largest: number }> {
  let files = 0;
  let bytes = 0;
  let largest = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const { size } = await stat(join(entry.parentPath, entry.name));
    files += 1;
    bytes += size;
    largest = Math.max(largest, size);
  }
  return { files, bytes, largest };
}

interface Measure {
  ok: boolean;
  records: number;
  problems: number;
  byCode: Record<string, number>;
  seconds: number;
  cpuSeconds: number;
  maxRssMiB: number;
  heapUsedMiB: number;
  heapLimitMiB: number;
}

/** Run in the child process: load the folder and print the measures as JSON. */
async function measure(dir: string): Promise<void> {
  // The repository root is no workspace package, so the library is imported by its path.
  const { loadDataset } = await import("../packages/core/src/index.js");
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await loadDataset(dir);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const byCode: Record<string, number> = {};
  for (const p of result.problems) byCode[p.code] = (byCode[p.code] ?? 0) + 1;
  const out: Measure = {
    ok: result.ok,
    records: result.ok ? result.dataset.byId.size : 0,
    problems: result.problems.length,
    byCode,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    heapUsedMiB: process.memoryUsage().heapUsed / 1048576,
    heapLimitMiB: getHeapStatistics().heap_size_limit / 1048576,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
const n = (x: number) => x.toLocaleString("en-GB");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: "string", default: "100000" },
      "per-file": { type: "string" },
      errors: { type: "string", default: "0" },
      seed: { type: "string", default: "20250205" },
      keep: { type: "boolean", default: false },
      measure: { type: "string" },
    },
  });
  if (values.measure) return measure(values.measure);

  const events = Number(values.events);
  const options = {
    events,
    perFile: values["per-file"] ? Number(values["per-file"]) : events,
    errors: Number(values.errors),
    seed: Number(values.seed),
  };
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 0 || (name !== "errors" && value === 0)) {
      throw new Error(`--${name} must be a whole number`);
    }
  }
  const dir = await mkdtemp(join(tmpdir(), "bilat-bench-"));
  try {
    const g0 = performance.now();
    const counts = await generate(dir, options);
    const generated = (performance.now() - g0) / 1000;
    const size = await folderSize(dir);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);

    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--measure", dir],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      throw new Error(`the load failed (exit ${child.status}, signal ${child.signal})`);
    }
    const m = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Measure;
    const codes = Object.entries(m.byCode)
      .map(([code, count]) => `${code} ${count}`)
      .join(", ");
    const lines = [
      `bilat load benchmark (seed ${options.seed}, Node ${process.version})`,
      `  records         ${n(total)} (${n(counts.events)} events, ${n(counts.sources)} sources, ${n(counts.actors)} actors, ${n(counts.places)} places, ${n(counts.agreements)} agreements, ${n(counts.indicators)} indicators, ${n(counts.judgments)} judgments)`,
      `  files           ${size.files}, ${mib(size.bytes)} in all, largest ${mib(size.largest)}`,
      `  generated in    ${generated.toFixed(1)} s`,
      `  load + validate ${m.seconds.toFixed(2)} s wall, ${m.cpuSeconds.toFixed(2)} s CPU (${n(Math.round(total / m.seconds))} records/s)`,
      `  result          ${m.ok ? "valid" : "invalid"}, ${n(m.problems)} problems${codes ? ` (${codes})` : ""}`,
      `  peak RSS        ${m.maxRssMiB.toFixed(0)} MiB (heap after load ${m.heapUsedMiB.toFixed(0)} MiB, limit ${m.heapLimitMiB.toFixed(0)} MiB)`,
    ];
    if (values.keep) lines.push(`  data folder     ${dir}`);
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
}

await main();
