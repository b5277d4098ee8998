import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset, queryEvents } from "@bilat/core";
import { afterAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const examples = resolve(here, "..");
const tsx = resolve(examples, "../node_modules/.bin/tsx");
const dataDir = resolve(examples, "../data/sen-mli");

const run = (args: string[]) =>
  spawnSync(tsx, ["--conditions=@bilat/source", "security-events.ts", ...args], {
    cwd: examples,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });

describe("security-events example", () => {
  it("lists every security event of 2025 in the shipped data, with its sources", async () => {
    const result = await loadDataset(dataDir);
    if (!result.ok) throw new Error("the shipped data must validate");
    const expected = queryEvents(result.dataset, {
      from: "2025",
      to: "2025",
      pillars: ["security"],
    });
    const out = run([dataDir, "2025"]);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split("\n");
    expect(lines[0]).toBe(`${expected.length} security events in 2025`);
    expect(lines).toHaveLength(expected.length + 1);
    for (const event of expected) {
      expect(out.stdout).toContain(event.title.en ?? "");
    }
    expect(lines.slice(1).every((l) => /\[[^\]]+ \([A-F][1-6]\)/.test(l))).toBe(true);
  });

  it("prints the problems and exits 1 on invalid data", () => {
    const broken = mkdtempSync(join(tmpdir(), "bilat-example-"));
    cpSync(resolve(examples, "../packages/core/test/fixtures/minimal"), broken, {
      recursive: true,
    });
    const file = join(broken, "events/evt-pledge.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("pillars: [security]", "pillars: [securty]"),
    );
    const out = run([broken, "2025"]);
    rmSync(broken, { recursive: true, force: true });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/events\/evt-pledge\.yaml:\d+:\d+ .*security/);
  });
});

afterAll(() => undefined);
