import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countPages } from "@bilat/brief";
import { afterAll, describe, expect, it } from "vitest";
import {
  bilat,
  bilatProcess,
  dataFolder,
  fixtureText,
  MINIMAL,
  ROOT,
  removeDataFolders,
  replaceOnce,
} from "./helpers/bilat.js";

const outputs: string[] = [];
async function outputFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "bilat-brief-"));
  outputs.push(dir);
  return dir;
}
afterAll(async () => {
  await removeDataFolders();
  await Promise.all(outputs.map((d) => rm(d, { recursive: true, force: true })));
});

const WRITTEN = /^✓ Brief written to (.+) \((\d+) pages?\)\n$/;
/** 20 February 2025, 00:00 UTC. */
const EPOCH = "1740009600";

describe("bilat brief", () => {
  it("writes the PDF and says where it is and how many pages it has", async () => {
    const out = join(await outputFolder(), "brief.pdf");
    const run = await bilat(["brief", "--data", MINIMAL, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const [, path, pages] = WRITTEN.exec(run.stdout) ?? [];
    expect(path).toBe(out);
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(Number(pages)).toBe(countPages(pdf));
  });

  it("writes the usual file name into a folder given as --out", async () => {
    const folder = await outputFolder();
    const run = await bilat(["brief", "--data", MINIMAL, "--out", folder, "--lang", "fr"]);
    expect(run.status).toBe(0);
    const [, path] = WRITTEN.exec(run.stdout) ?? [];
    expect(path).toBe(join(folder, "sen-mli_2025-01_2025-12_fr.pdf"));
    expect((await readFile(path as string)).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("writes both languages in one run with --lang en,fr, each with its own line", async () => {
    const folder = await outputFolder();
    const run = await bilat(["brief", "--data", MINIMAL, "--out", folder, "--lang", "en,fr"]);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.map((l) => WRITTEN.exec(`${l}\n`)?.[1])).toEqual([
      join(folder, "sen-mli_2025-01_2025-12_en.pdf"),
      join(folder, "sen-mli_2025-01_2025-12_fr.pdf"),
    ]);
    expect((await readdir(folder)).sort()).toEqual([
      "sen-mli_2025-01_2025-12_en.pdf",
      "sen-mli_2025-01_2025-12_fr.pdf",
    ]);
  });

  it("refuses one file name for several briefs", async () => {
    const out = join(await outputFolder(), "brief.pdf");
    const run = await bilat(["brief", "--data", MINIMAL, "--out", out, "--lang", "en,fr"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`\`--out ${out}\` names one file, but this run writes 2`);
    expect(existsSync(out)).toBe(false);
  });

  it("--check passes on current briefs, fails on a stale one and writes nothing", async () => {
    const folder = await outputFolder();
    const args = ["brief", "--data", MINIMAL, "--out", folder, "--lang", "fr,en"];
    expect((await bilat(args)).status).toBe(0);
    const current = await bilat([...args, "--check"]);
    expect(current.status, current.stderr).toBe(0);
    expect(current.stdout).toBe(`✓ 2 briefs in ${folder}: up to date\n`);

    const stale = join(folder, "sen-mli_2025-01_2025-12_fr.pdf");
    await writeFile(stale, "an older brief");
    const run = await bilat([...args, "--check"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${stale} is out of date\n✗ PDF briefs are stale: run \`pnpm bilat brief --data ${MINIMAL} --out ${folder} --lang fr,en\`\n`,
    );
    expect(await readFile(stale, "utf8")).toBe("an older brief");
  });

  it("says in one line why a PDF cannot be written, with no stack trace", async () => {
    const blocker = join(await outputFolder(), "a-file");
    await writeFile(blocker, "not a folder");
    const run = await bilat(["brief", "--data", MINIMAL, "--out", join(blocker, "brief.pdf")]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `bilat: cannot create the folder ${blocker}: a file stands where a folder is needed`,
    );
  });

  it("names the file after the pair, the period and the language under out/", async () => {
    const { dir } = await dataFolder({
      "dataset.yaml": replaceOnce(
        await fixtureText("dataset.yaml"),
        "id: sen-mli",
        "id: brief-cli-test",
      ),
    });
    const expected = [
      [[], "out/brief-cli-test_2025-01_2025-12_en.pdf"],
      [
        ["--lang", "fr", "--from", "2025-02", "--to", "2025-03-15"],
        "out/brief-cli-test_2025-02_2025-03-15_fr.pdf",
      ],
    ] as const;
    try {
      for (const [args, file] of expected) {
        const run = await bilat(["brief", "--data", dir, ...args]);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toMatch(new RegExp(`^✓ Brief written to ${file} \\(\\d+ pages?\\)`));
        expect(existsSync(join(ROOT, file))).toBe(true);
      }
    } finally {
      for (const [, file] of expected) await rm(join(ROOT, file), { force: true });
    }
  });

  it("gives the same bytes on every run and in every time zone, dated by SOURCE_DATE_EPOCH", async () => {
    const folder = await outputFolder();
    const runs = [
      { TZ: "Pacific/Kiritimati", SOURCE_DATE_EPOCH: EPOCH },
      { TZ: "America/Adak", SOURCE_DATE_EPOCH: EPOCH },
    ];
    const pdfs: Buffer[] = [];
    for (const [i, env] of runs.entries()) {
      const out = join(folder, `run-${i}.pdf`);
      // A process each: the time zone is read once per process.
      const run = await bilatProcess(
        ["brief", "--data", MINIMAL, "--lang", "fr", "--out", out],
        env,
      );
      expect(run.status, run.stderr).toBe(0);
      pdfs.push(await readFile(out));
    }
    expect(Buffer.compare(pdfs[0] as Buffer, pdfs[1] as Buffer)).toBe(0);
    expect((pdfs[0] as Buffer).toString("latin1")).toContain("(D:20250220000000Z)");
  });

  it("stops on invalid data with the validator's file:line messages and keeps the earlier PDF", async () => {
    const out = join(await outputFolder(), "brief.pdf");
    const first = await bilat(["brief", "--data", MINIMAL, "--out", out]);
    expect(first.status, first.stderr).toBe(0);
    const before = await readFile(out);

    const event = replaceOnce(await fixtureText("events/evt-pledge.yaml"), "summary:", "sumary:");
    const { dir } = await dataFolder({ "events/evt-pledge.yaml": event });
    const line = event.split("\n").findIndex((l) => l.startsWith("sumary:")) + 1;
    const run = await bilat(["brief", "--data", dir, "--out", out]);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`events/evt-pledge.yaml:${line}:1`);
    expect(run.stderr).toMatch(/Did you mean `summary`\?/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
    expect(Buffer.compare(await readFile(out), before)).toBe(0);
    expect(await readdir(join(out, ".."))).toEqual(["brief.pdf"]);
  });

  // Independent processes that fail fast: run side by side.
  it.concurrent.each([
    [["--from", "2025-13"], /`--from 2025-13` is not a date/],
    [["--to", "2025-02-30"], /`--to 2025-02-30` is not a date/],
    [
      ["--from", "2025-06", "--to", "2025-01"],
      /the period ends \(`--to 2025-01`\) before it starts \(`--from 2025-06`\)/,
    ],
    [["--pillars", "security,ecnomic"], /unknown pillar `ecnomic`\. Did you mean `economic`\?/],
    [["--pillars", ","], /names no pillar/],
    [["--lang", "de"], /unknown language `de`/],
    [["--tlp", "TLP:AMBRE"], /unknown TLP label `TLP:AMBRE`\. Did you mean `TLP:AMBER`\?/],
    [["--tlp", "purple"], /unknown TLP label `purple`/],
    [["--fromm", "2025"], /unknown option `--fromm`/],
  ])("refuses %j as a usage error (exit 2), writing nothing", async (args, message) => {
    const out = join(await outputFolder(), "brief.pdf");
    const run = await bilat(["brief", "--data", MINIMAL, "--out", out, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("bilat brief --help");
    expect(existsSync(out)).toBe(false);
  });

  it("takes a TLP label in any case, without its prefix", async () => {
    const out = join(await outputFolder(), "brief.pdf");
    const run = await bilat(["brief", "--data", MINIMAL, "--tlp", "amber+strict", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    // The label is in the PDF's keywords (an uncompressed metadata string).
    expect((await readFile(out)).toString("latin1")).toContain("TLP:AMBER+STRICT");
  });

  it("replaces an existing file it cannot read as a PDF, atomically", async () => {
    const out = join(await outputFolder(), "brief.pdf");
    await writeFile(out, "old");
    const run = await bilat(["brief", "--data", MINIMAL, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect((await readFile(out)).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
