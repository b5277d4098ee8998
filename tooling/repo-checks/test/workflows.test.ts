import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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
    const commands = allSteps.flatMap(({ step }) => (step.run ? step.run.split("\n") : []));
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

  it("validates the data with annotations, checks reports and schemas, and uploads both briefs", () => {
    const runs = allSteps.map(({ step }) => step.run ?? "").join("\n");
    expect(runs).toContain("bilat validate --format github");
    expect(runs).toContain("bilat report --check");
    expect(runs).toContain("bilat schema --check");
    expect(runs).toMatch(/--frozen-lockfile/);
    const upload = allSteps.find(({ step }) => step.uses?.startsWith("actions/upload-artifact"));
    expect(String(upload?.step.with?.path)).toContain(".pdf");
  });
});
