import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ANSI,
  bilat,
  bilatOnTerminal,
  dataFolder,
  fixtureText,
  type Place,
  type Run,
  removeDataFolders,
  replaceOnce,
} from "./helpers/bilat.js";

afterAll(removeDataFolders);

/** A `file:line:col  severity  message  [code]` line of the text format. */
const TEXT_LINE = /^(.+):(\d+):(\d+) {2}(error|warning) {2}(.+) {2}\[([a-z-]+)\]$/;

interface Wanted {
  at: number;
  code: string;
  message: string;
}

/**
 * Five errors in three files: a wrong type and an unknown key in the source, a dangling reference
 * and a duplicate id in the events (now a list of two), and broken YAML in a new place file.
 * The duplicate id is reported at both records that share it: six problems in all.
 */
async function brokenFolder() {
  const source = replaceOnce(
    replaceOnce(
      await fixtureText("sources/src-ecofin.yaml"),
      "outlet: Agence Ecofin",
      "outlet: «1»42",
    ),
    "archive: archive/src-ecofin.txt\n",
    "archive: archive/src-ecofin.txt\n«2»autor: Staff writer\n",
  );
  const event = await fixtureText("events/evt-pledge.yaml");
  const asItem = (text: string) =>
    text
      .trimEnd()
      .split("\n")
      .map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`))
      .join("\n");
  const first = replaceOnce(
    replaceOnce(event, "id: evt-pledge", "id: «4»evt-pledge"),
    "{ actor: act-mali, role: target }",
    "{ actor: «3»act-mal, role: target }",
  );
  const second = replaceOnce(event, "id: evt-pledge", "id: «5»evt-pledge");
  const events = `${asItem(first)}\n${asItem(second)}\n`;
  const place =
    "id: plc-dakar\nkind: capital\nname: { en: Dakar, fr: Dakar }\ncountries: [SEN\n«6»lat: 14.69\n";
  const folder = await dataFolder({
    "sources/src-ecofin.yaml": source,
    "events/evt-pledge.yaml": events,
    "places/plc-dakar.yaml": place,
  });
  const wanted: Wanted[] = [
    { at: 1, code: "wrong-type", message: "`outlet` should be text, but is the number 42" },
    { at: 2, code: "unknown-key", message: "unknown field `autor`. Did you mean `author`?" },
    {
      at: 3,
      code: "dangling-reference",
      message: "no actor has the id `act-mal`. Did you mean `act-mali`?",
    },
    {
      at: 4,
      code: "duplicate-id",
      message: "the id `evt-pledge` is also used by the event in events/evt-pledge.yaml (item 2)",
    },
    {
      at: 5,
      code: "duplicate-id",
      message: "the id `evt-pledge` is also used by the event in events/evt-pledge.yaml (item 1)",
    },
    { at: 6, code: "yaml-syntax", message: "the YAML cannot be read" },
  ];
  return { ...folder, wanted };
}

const where = (dir: string, place: Place | undefined) =>
  place ? `${join(dir, place.file)}:${place.line}:${place.column}` : "no such marker";

describe("invalid data: five errors in three files", () => {
  let dir: string;
  let marks: Map<number, Place>;
  let wanted: Wanted[];
  let text: Run;
  let github: Run;
  let json: Run;

  beforeAll(async () => {
    ({ dir, marks, wanted } = await brokenFolder());
    [text, github, json] = await Promise.all([
      bilat(["validate", "--data", dir]),
      bilat(["validate", "--data", dir, "--format", "github"]),
      bilat(["validate", "--data", dir, "--format", "json"]),
    ]);
  }, 120_000);

  it("prints every problem as a `file:line:col` line on stderr and exits 1", () => {
    expect(text.status).toBe(1);
    expect(text.stdout).toBe("");
    const lines = text.stderr.split("\n").filter((l) => TEXT_LINE.test(l));
    expect(lines).toHaveLength(wanted.length);
    for (const w of wanted) {
      const line = lines.find(
        (l) => l.startsWith(`${where(dir, marks.get(w.at))}  error  `) && l.endsWith(`[${w.code}]`),
      );
      expect(line, `${w.code} at ${where(dir, marks.get(w.at))}`).toBeDefined();
      expect(line).toContain(w.message);
    }
    expect(text.stderr.trimEnd().split("\n").at(-1)).toBe(
      `✗ ${dir} is invalid: 6 errors, 0 warnings`,
    );
  });

  it("prints an `expected` line under problems that say what was expected", () => {
    const lines = text.stderr.split("\n");
    const at = lines.findIndex((l) => l.endsWith("[unknown-key]"));
    expect(lines[at + 1]).toMatch(/^ {4}expected one of: id, kind, outlet, title, author/);
  });

  it("writes no colour and no stack trace to a pipe", () => {
    for (const run of [text, github, json]) {
      expect(run.stdout + run.stderr).not.toMatch(ANSI);
      expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it("prints a GitHub annotation for each problem with --format github", () => {
    expect(github.status).toBe(1);
    const annotations = github.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations).toHaveLength(wanted.length);
    for (const w of wanted) {
      const place = marks.get(w.at);
      const head = `::error file=${join(dir, place?.file ?? "")},line=${place?.line},col=${place?.column},title=bilat ${w.code}::`;
      const annotation = annotations.find((a) => a.startsWith(head));
      expect(annotation, head).toBeDefined();
      expect(annotation).toContain(w.message);
    }
    expect(github.stdout.trimEnd().split("\n").at(-1)).toBe(
      `✗ ${dir} is invalid: 6 errors, 0 warnings`,
    );
  });

  it("escapes what would end an annotation early", () => {
    // The unknown-key annotation carries the list of known fields, with its commas and colons.
    const annotation = github.stdout.split("\n").find((l) => l.includes("title=bilat unknown-key"));
    expect(annotation).toContain("(expected one of: id, kind");
    expect(annotation?.split("::")).toHaveLength(3);
  });

  it("lists every problem as JSON with --format json", () => {
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as {
      valid: boolean;
      errors: number;
      warnings: number;
      problems: {
        code: string;
        file: string;
        line: number;
        column: number;
        severity: string;
        message: string;
        pointer: string;
      }[];
    };
    expect(report).toMatchObject({ valid: false, errors: 6, warnings: 0 });
    expect(report.problems).toHaveLength(wanted.length);
    for (const w of wanted) {
      const place = marks.get(w.at);
      expect(report.problems).toContainEqual(
        expect.objectContaining({
          code: w.code,
          severity: "error",
          file: join(dir, place?.file ?? ""),
          line: place?.line,
          column: place?.column,
          message: expect.stringContaining(w.message),
        }),
      );
    }
    expect(report.problems.find((p) => p.code === "dangling-reference")?.pointer).toBe(
      "[0].actors[1].actor",
    );
    expect(json.stderr).toBe("");
  });
});

describe("valid data", () => {
  let dir: string;
  beforeAll(async () => {
    ({ dir } = await dataFolder());
  });

  it("exits 0 with a one-line summary on stdout", async () => {
    const run = await bilat(["validate", "--data", dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`✓ ${dir} is valid: 8 records, 0 errors, 0 warnings\n`);
    expect(run.stderr).toBe("");
  });

  it("reports validity as JSON", async () => {
    const run = await bilat(["validate", "--data", dir, "--format=json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      valid: true,
      errors: 0,
      warnings: 0,
      datasets: [{ data: dir, valid: true }],
      problems: [],
    });
  });

  it("reads the data folder given relative to the repository root", async () => {
    const run = await bilat(["validate", "--data", "packages/core/test/fixtures/minimal"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      "✓ packages/core/test/fixtures/minimal is valid: 8 records, 0 errors, 0 warnings\n",
    );
  });
});

describe("warnings", () => {
  let dir: string;
  let marks: Map<number, Place>;
  beforeAll(async () => {
    const event = replaceOnce(
      await fixtureText("events/evt-pledge.yaml"),
      "title:\n  en: Senegal and Mali pledge deeper military cooperation\n  fr:",
      "title:\n  «1»fr:",
    );
    ({ dir, marks } = await dataFolder({ "events/evt-pledge.yaml": event }));
  });

  it("are printed, and pass", async () => {
    const run = await bilat(["validate", "--data", dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `${where(dir, marks.get(1))}  warning  \`title\` has no en text  [missing-translation]`,
    );
    expect(run.stdout).toBe(`✓ ${dir} is valid: 8 records, 0 errors, 1 warning\n`);
  });

  it("fail under --strict", async () => {
    const run = await bilat(["validate", "--data", dir, "--strict"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${where(dir, marks.get(1))}  warning  `);
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe(
      `✗ ${dir} is invalid: 0 errors, 1 warning (warnings fail under --strict)`,
    );
  });

  it("make the JSON report invalid under --strict", async () => {
    const [plain, strict] = await Promise.all([
      bilat(["validate", "--data", dir, "--format", "json"]),
      bilat(["validate", "--data", dir, "--format", "json", "--strict"]),
    ]);
    expect(plain.status).toBe(0);
    expect(JSON.parse(plain.stdout)).toMatchObject({ valid: true, errors: 0, warnings: 1 });
    expect(strict.status).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ valid: false, errors: 0, warnings: 1 });
  });

  it("are GitHub warnings, failing under --strict", async () => {
    const run = await bilat(["validate", "--data", dir, "--strict", "--format", "github"]);
    expect(run.status).toBe(1);
    const place = marks.get(1);
    expect(run.stdout).toContain(
      `::warning file=${join(dir, "events/evt-pledge.yaml")},line=${place?.line},col=${place?.column},`,
    );
  });
});

describe("colours", () => {
  let dir: string;
  beforeAll(async () => {
    ({ dir } = await brokenFolder());
  });

  it("are used on a terminal", async () => {
    const run = await bilatOnTerminal(["validate", "--data", dir]);
    expect(run.stdout).toContain("[wrong-type]");
    expect(run.stdout).toMatch(ANSI);
  });

  it("are not used on a terminal under NO_COLOR", async () => {
    const run = await bilatOnTerminal(["validate", "--data", dir], { NO_COLOR: "1" });
    expect(run.stdout).toContain("[wrong-type]");
    expect(run.stdout).not.toMatch(ANSI);
  });

  it("are used in a pipe under FORCE_COLOR, and not under FORCE_COLOR=0", async () => {
    const [forced, off] = await Promise.all([
      bilat(["validate", "--data", dir], { FORCE_COLOR: "1" }),
      bilat(["validate", "--data", dir], { FORCE_COLOR: "0" }),
    ]);
    expect(forced.stderr).toMatch(ANSI);
    expect(off.stderr).toContain("[wrong-type]");
    expect(off.stderr).not.toMatch(ANSI);
  });
});
