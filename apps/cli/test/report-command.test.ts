import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { rootCommand } from "../src/root-command.js";
import { runCli } from "../src/run-cli.js";

const MINIMAL = fileURLToPath(
  new URL("../../../packages/core/test/fixtures/minimal", import.meta.url),
);
const temporary: string[] = [];
async function folder(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
afterAll(() => Promise.all(temporary.map((d) => rm(d, { recursive: true, force: true }))));

let stdout: string;
let stderr: string;
beforeEach(() => {
  stdout = "";
  stderr = "";
});

const report = (...args: string[]) =>
  runCli(["report", ...args], {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: {},
  });

describe("bilat report", () => {
  it("is a command of bilat", () => {
    expect(Object.keys(rootCommand.subCommands as object)).toContain("report");
  });

  it("writes both languages and an index, then --check passes; an edit makes --check fail", async () => {
    const data = await folder("bilat-data-");
    await cp(MINIMAL, data, { recursive: true });
    const out = join(await folder("bilat-out-"), "reports");

    expect(await report("--data", data, "--out", out)).toBe(0);
    const files = ["sen-mli/en.md", "sen-mli/fr.md", "README.md"].map((f) => join(out, f));
    for (const file of files) expect(existsSync(file), file).toBe(true);
    expect(await readFile(join(out, "README.md"), "utf8")).toContain("](<sen-mli/fr.md>)");
    expect(await readFile(join(out, "sen-mli/fr.md"), "utf8")).toMatch(
      /^# La coopération Sénégal–Mali\n/,
    );

    expect(await report("--data", data, "--out", out, "--check")).toBe(0);
    expect(stdout).toContain("up to date");

    // The same data gives the same bytes: a second run changes nothing.
    const before = await Promise.all(files.map((f) => stat(f)));
    expect(await report("--data", data, "--out", out)).toBe(0);
    expect(stdout).toContain("(0 changed)");
    const after = await Promise.all(files.map((f) => stat(f)));
    expect(after.map((s) => s.mtimeMs)).toEqual(before.map((s) => s.mtimeMs));

    const event = join(data, "events/evt-pledge.yaml");
    await writeFile(
      event,
      (await readFile(event, "utf8")).replace("pledge deeper", "pledge closer"),
    );
    const written = await readFile(files[0] as string, "utf8");
    stderr = "";
    expect(await report("--data", data, "--out", out, "--check")).toBe(1);
    expect(stderr).toContain(`${join(out, "sen-mli/en.md")} is out of date`);
    // Only the English title changed: the French report and the index are still current.
    expect(stderr).not.toContain("fr.md");
    expect(stderr).not.toContain("README.md");
    // --check writes nothing.
    expect(await readFile(files[0] as string, "utf8")).toBe(written);

    expect(await report("--data", data, "--out", out)).toBe(0);
    expect(await readFile(files[0] as string, "utf8")).toContain("pledge closer");
    expect(await report("--data", data, "--out", out, "--check")).toBe(0);

    // The figures beside the reports are part of what --check compares.
    const map = join(out, "sen-mli/fr-map.svg");
    expect(await readFile(join(out, "sen-mli/fr.md"), "utf8")).toContain("](fr-map.svg)");
    await writeFile(map, (await readFile(map, "utf8")).replace("</svg>", "<!-- --></svg>"));
    stderr = "";
    expect(await report("--data", data, "--out", out, "--check")).toBe(1);
    expect(stderr).toContain(`${map} is out of date`);
  });

  it("on invalid data prints the validator's messages, exits 1 and writes nothing", async () => {
    const data = await folder("bilat-data-");
    await cp(MINIMAL, data, { recursive: true });
    await writeFile(join(data, "events/evt-pledge.yaml"), "id: evt-pledge\ndate: 2025-02-31\n");
    const out = join(await folder("bilat-out-"), "reports");
    expect(await report("--data", data, "--out", out)).toBe(1);
    expect(stderr).toMatch(/events\/evt-pledge\.yaml:2:\d+ +error/);
    expect(stderr).toContain("nothing was written");
    expect(existsSync(out)).toBe(false);
  });

  it("writes one language alone without touching the index, and a shorter period apart", async () => {
    const out = join(await folder("bilat-out-"), "reports");
    expect(await report("--data", MINIMAL, "--out", out, "--lang", "fr")).toBe(0);
    expect(existsSync(join(out, "sen-mli/fr.md"))).toBe(true);
    expect(existsSync(join(out, "sen-mli/en.md"))).toBe(false);
    expect(existsSync(join(out, "README.md"))).toBe(false);

    expect(
      await report("--data", MINIMAL, "--out", out, "--from", "2025-02", "--to", "2025-03"),
    ).toBe(0);
    const text = await readFile(join(out, "sen-mli/2025-02_2025-03/en.md"), "utf8");
    expect(text).toContain("- **Period:** February – March 2025");
    expect(existsSync(join(out, "README.md"))).toBe(false);
  });

  it("writes several languages given as a list, with the index when they are all there", async () => {
    const out = join(await folder("bilat-out-"), "reports");
    expect(await report("--data", MINIMAL, "--out", out, "--lang", "fr,en"), stderr).toBe(0);
    for (const file of ["sen-mli/en.md", "sen-mli/fr.md", "sen-mli/index.json", "README.md"]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    // Each report with its map and chart, and the index.
    expect(stdout).toBe(`✓ 8 report files in ${out} (8 changed)\n`);
  });

  it("uses templates from --templates, replacing a partial by its file name", async () => {
    const templates = await folder("bilat-templates-");
    await mkdir(join(templates, "partials"));
    await writeFile(
      join(templates, "partials/gaps.hbs"),
      "## {{md labels.sections.gaps}}\n\nNone known.\n",
    );
    const out = join(await folder("bilat-out-"), "reports");
    expect(await report("--data", MINIMAL, "--out", out, "--templates", templates)).toBe(0);
    const text = await readFile(join(out, "sen-mli/en.md"), "utf8");
    expect(text).toContain("## Intelligence gaps\n\nNone known.\n");
    expect(text).not.toContain("rest on a single source");
  });

  it.each([
    [["--lang", "de"], /unknown language `de`/],
    [["--from", "2025-13"], /`--from 2025-13` is not a date/],
    [["--from", "2025-03", "--to", "2025-01"], /ends .* before it starts/],
    [["--templates", "/no/such/folder"], /is not a folder/],
    [["--fromm", "2025"], /unknown option `--fromm`. Did you mean `--from`\?/],
  ])("refuses %j as a usage error (exit 2), writing nothing", async (args, message) => {
    const out = join(await folder("bilat-out-"), "reports");
    expect(await report("--data", MINIMAL, "--out", out, ...args)).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("reports a broken template as a usage error naming the file", async () => {
    const templates = await folder("bilat-templates-");
    await writeFile(join(templates, "actors.hbs"), "{{#each actors}}{{md nmae}}{{/each}}\n");
    const out = join(await folder("bilat-out-"), "reports");
    expect(await report("--data", MINIMAL, "--out", out, "--templates", templates)).toBe(2);
    expect(stderr).toMatch(/template .*actors\.hbs: "nmae" not defined/);
    expect(existsSync(out)).toBe(false);
  });
});
