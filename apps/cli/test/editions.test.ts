import { execFileSync } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { makeDataFolder, removeDataFolders } from "@bilat/test-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bilat } from "./helpers/bilat.js";
import { pdfText } from "./helpers/pdf-text.js";

afterAll(removeDataFolders);

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.email=a@example.org", "-c", "user.name=Analyst", ...args], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_COMMITTER_DATE: "2025-02-10T12:00:00Z",
      GIT_AUTHOR_DATE: "2025-02-10T12:00:00Z",
    },
  });

const EVENT = (id: string, en: string, fr: string) => `id: ${id}
date: "2025-02-06"
type: multilateral-meeting
pillars: [security]
title: { en: ${en}, fr: ${fr} }
summary: { en: The ministers talked., fr: Les ministres ont discuté. }
citations:
  - source: src-ecofin
    excerpt: Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.
    translation: { fr: Le Sénégal et le Mali se sont engagés à approfondir leur coopération militaire. }
    credibility: 2
`;

describe("editions: --since a tagged revision", () => {
  let dir: string;
  beforeAll(async () => {
    ({ dir } = await makeDataFolder({
      "events/evt-old.yaml": EVENT("evt-old", "Talks soon withdrawn", "Entretiens bientôt retirés"),
    }));
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "First edition");
    git(dir, "tag", "edition-1");
  }, 60_000);

  it("says in one line that nothing changed", async () => {
    const out = join(dir, "..", `${dir.split("/").at(-1)}-same`);
    const run = await bilat([
      "report",
      "--data",
      dir,
      "--since",
      "edition-1",
      "--lang",
      "en",
      "--out",
      out,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const [file] = (await readdir(out, { recursive: true })).filter((f) =>
      String(f).endsWith("en.md"),
    );
    const markdown = await readFile(join(out, String(file)), "utf8");
    expect(markdown).toContain("Nothing has changed since edition-1 (10 February 2025).");
    await rm(out, { recursive: true, force: true });
  });

  it("shows the added and withdrawn events and the judgment's old and new likelihood, in both outputs and languages", async () => {
    await writeFile(
      join(dir, "events", "evt-new.yaml"),
      EVENT("evt-new", "Brand new talks", "Entretiens tout neufs"),
    );
    await rm(join(dir, "events", "evt-old.yaml"));
    const judgment = join(dir, "judgments", "jdg-cooperation.yaml");
    await writeFile(
      judgment,
      (await readFile(judgment, "utf8")).replace("very-likely", "roughly-even-chance"),
    );
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "Second edition");
    const out = `${dir}-editions`;
    for (const format of ["report", "brief"]) {
      const run = await bilat([
        format,
        "--data",
        dir,
        "--since",
        "edition-1",
        "--lang",
        "en,fr",
        "--out",
        join(out, format),
      ]);
      expect(run.status, run.stderr).toBe(0);
    }
    const reports = (await readdir(join(out, "report"), { recursive: true })).map(String);
    const briefs = await readdir(join(out, "brief"));
    const text = {
      en: [
        await readFile(join(out, "report", reports.find((f) => f.endsWith("en.md")) ?? ""), "utf8"),
        await pdfText(join(out, "brief", briefs.find((f) => f.endsWith("_en.pdf")) ?? "")),
      ],
      fr: [
        await readFile(join(out, "report", reports.find((f) => f.endsWith("fr.md")) ?? ""), "utf8"),
        await pdfText(join(out, "brief", briefs.find((f) => f.endsWith("_fr.pdf")) ?? "")),
      ],
    };
    for (const output of text.en) {
      expect(output).toContain("Brand new talks");
      expect(output).toContain("Talks soon withdrawn");
      expect(output).toMatch(/likelihood lowered from Very likely to Roughly even chance/);
      expect(output).toContain("Compared with edition-1");
    }
    for (const output of text.fr) {
      expect(output).toContain("Entretiens tout neufs");
      expect(output).toContain("Entretiens bientôt retirés");
      expect(output).toMatch(
        /probabilité abaissée de «\s?Très probable\s?» à «\s?Une chance sur deux environ\s?»/,
      );
    }
    await rm(out, { recursive: true, force: true });
  }, 240_000);

  it("refuses an unknown revision and a folder outside git with a usage error", async () => {
    const unknown = await bilat([
      "report",
      "--data",
      dir,
      "--since",
      "edition-9",
      "--out",
      `${dir}-x`,
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("no revision `edition-9`");
    const { dir: outside } = await makeDataFolder();
    const none = await bilat([
      "report",
      "--data",
      outside,
      "--since",
      "HEAD",
      "--out",
      `${outside}-x`,
    ]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("not inside a git repository");
  });

  it("writes one edition per month with --every month, each named by its period", async () => {
    const out = `${dir}-series`;
    const run = await bilat([
      "report",
      "--data",
      dir,
      "--every",
      "month",
      "--from",
      "2025-01",
      "--to",
      "2025-03",
      "--lang",
      "en",
      "--out",
      out,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const files = (await readdir(out, { recursive: true }))
      .map(String)
      .filter((f) => f.endsWith(".md"));
    expect(files.filter((f) => f.endsWith("en.md")).sort()).toEqual([
      "sen-mli/2025-01_2025-01/en.md",
      "sen-mli/2025-02_2025-02/en.md",
      "sen-mli/2025-03_2025-03/en.md",
    ]);
    const february = await readFile(join(out, "sen-mli/2025-02_2025-02/en.md"), "utf8");
    expect(february).toContain("Brand new talks");
    const bad = await bilat(["report", "--data", dir, "--every", "week"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("`--every week` is not a series step");
    await rm(out, { recursive: true, force: true });
  });
});
