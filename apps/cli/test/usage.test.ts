import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ANSI,
  bilat,
  bilatProcess,
  dataFolder,
  type Run,
  removeDataFolders,
} from "./helpers/bilat.js";

afterAll(removeDataFolders);

const MINIMAL = "packages/core/test/fixtures/minimal";

const CASES: { name: string; args: string[]; message: string; help: string }[] = [
  {
    name: "an unknown option, with did-you-mean",
    args: ["validate", "--data", MINIMAL, "--fromat", "json"],
    message: "bilat: unknown option `--fromat`. Did you mean `--format`?",
    help: "bilat validate --help",
  },
  {
    name: "an unknown option written with =",
    args: ["validate", `--dta=${MINIMAL}`],
    message: "bilat: unknown option `--dta`. Did you mean `--data`?",
    help: "bilat validate --help",
  },
  {
    name: "an unknown command, with did-you-mean",
    args: ["valdate", "--data", MINIMAL],
    message:
      "bilat: unknown command `valdate`. Did you mean `validate`? The commands are validate, brief, report, export, schema.",
    help: "bilat --help",
  },
  {
    name: "an option before the command",
    args: ["--data", MINIMAL, "validate"],
    message: "bilat: the command comes first, then its options: `bilat validate --data …`",
    help: "bilat --help",
  },
  {
    name: "an unknown command, far from any",
    args: ["frobnicate"],
    message: "bilat: unknown command `frobnicate`. The commands are",
    help: "bilat --help",
  },
  {
    name: "a value outside an option's choices",
    args: ["validate", "--data", MINIMAL, "--format", "xml"],
    message:
      "bilat: Invalid value for argument: --format (xml). Expected one of: text, json, github.",
    help: "bilat validate --help",
  },
  {
    name: "an argument where options are expected",
    args: ["validate", MINIMAL],
    message: `bilat: unexpected argument \`${MINIMAL}\`: this command takes options only. To read another data folder: \`--data ${MINIMAL}\`.`,
    help: "bilat validate --help",
  },
  {
    name: "a value after a flag",
    args: ["validate", "--data", MINIMAL, "--strict", "false"],
    message: "bilat: unexpected argument `false`: this command takes options only.",
    help: "bilat validate --help",
  },
];

describe("usage errors", () => {
  const runs = new Map<string, Run>();
  beforeAll(async () => {
    const results = await Promise.all(CASES.map((c) => bilat(c.args)));
    for (const [i, c] of CASES.entries()) runs.set(c.name, results[i] as Run);
  }, 120_000);

  it.each(CASES)("$name exits 2 with one line and the way to help", ({ name, message, help }) => {
    const run = runs.get(name);
    expect(run?.status).toBe(2);
    expect(run?.stdout).toBe("");
    const lines = run?.stderr.trimEnd().split("\n") ?? [];
    expect(lines[0]).toContain(message);
    expect(lines).toEqual([lines[0], `Run \`${help}\` for usage.`]);
    expect(run?.stderr).not.toMatch(ANSI);
    expect(run?.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  });

  it("no command at all prints the usage and exits 2", async () => {
    const run = await bilat([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("USAGE bilat validate|brief|report|export|schema");
    expect(run.stdout).not.toMatch(ANSI);
  });

  it("--help prints the usage of a command, without colour in a pipe, and exits 0", async () => {
    const run = await bilat(["validate", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("USAGE bilat validate");
    expect(run.stdout).toContain("--format");
    expect(run.stdout).not.toMatch(ANSI);
  });
});

describe("data problems are not usage errors", () => {
  it("a data folder that does not exist exits 1 with one placed line, no stack trace", async () => {
    const { dir } = await dataFolder();
    const missing = `${dir}/nowhere`;
    const run = await bilat(["validate", "--data", missing]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${missing}:1:1  error  the data folder does not exist  [file-unreadable]`,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("a file of several YAML documents is reported, not thrown", async () => {
    const { dir } = await dataFolder({
      "actors/act-two.yaml": "id: act-one\nkind: state\nname: { en: One }\n---\nid: act-two\n",
    });
    const run = await bilat(["validate", "--data", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${dir}/actors/act-two.yaml:4:1  error  the YAML cannot be read`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

// The tests above run the command line in process; these run it as a process of its own, to
// show what only a whole process shows: its exit status and nothing but one line on failure.
describe("as a process of its own", () => {
  it.concurrent.each([
    [["validate", "--data", MINIMAL], 0, /^$/],
    [["validate", "--data", `${MINIMAL}/nowhere`], 1, /the data folder does not exist/],
    [["brief", "--data", MINIMAL, "--lang", "de"], 2, /^bilat: unknown language `de`/],
  ])("%j exits %i, with no stack trace", async (args, status, stderr) => {
    const run = await bilatProcess(args);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
