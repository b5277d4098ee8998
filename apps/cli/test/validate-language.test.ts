import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bilat,
  dataFolder,
  fixtureText,
  type Run,
  removeDataFolders,
  replaceOnce,
} from "./helpers/bilat.js";

afterAll(removeDataFolders);

const NBSP = "\u00a0";

interface JsonProblem {
  code: string;
  message: string;
  expected?: string;
  [field: string]: unknown;
}

const problemsOf = (run: Run) => (JSON.parse(run.stdout) as { problems: JsonProblem[] }).problems;
/** A problem without its words: what must not change with the language. */
const payloadOf = ({ message: _m, expected: _e, ...rest }: JsonProblem) => rest;

describe("validate --lang: the same problems in each language", () => {
  let french: Run;
  let englishJson: Run;
  let frenchJson: Run;
  let frenchGithub: Run;

  beforeAll(async () => {
    // An unknown key (`sumary`) and a dangling reference (`act-mal`) in one event.
    const event = replaceOnce(
      replaceOnce(await fixtureText("events/evt-pledge.yaml"), "summary:", "sumary:"),
      "{ actor: act-mali, role: target }",
      "{ actor: act-mal, role: target }",
    );
    const { dir } = await dataFolder({ "events/evt-pledge.yaml": event });
    [french, englishJson, frenchJson, frenchGithub] = await Promise.all([
      bilat(["validate", "--data", dir, "--lang", "fr"]),
      bilat(["validate", "--data", dir, "--format", "json"]),
      bilat(["validate", "--data", dir, "--format", "json", "--lang", "fr"]),
      bilat(["validate", "--data", dir, "--format", "github", "--lang", "fr"]),
    ]);
  }, 120_000);

  it("prints the unknown key and the dangling reference in French, with their codes", () => {
    expect(french.status).toBe(1);
    const lines = french.stderr.split("\n");
    const unknown = lines.find((l) => l.endsWith("[unknown-key]"));
    expect(unknown).toContain(`champ inconnu \`sumary\`. Vouliez-vous dire \`summary\`${NBSP}?`);
    const dangling = lines.find((l) => l.endsWith("[dangling-reference]"));
    expect(dangling).toContain(
      `aucun acteur n’a l’identifiant \`act-mal\`. Vouliez-vous dire \`act-mali\`${NBSP}?`,
    );
    expect(lines[lines.indexOf(unknown ?? "") + 1]).toMatch(
      new RegExp(`^ {4}attendu${NBSP}: l’une des valeurs${NBSP}: id, date, status`),
    );
    expect(french.stderr).toContain(`n’est pas valide${NBSP}: 2 erreurs, 0 avertissement`);
    // No English sentence is left.
    expect(french.stderr).not.toMatch(/unknown field|Did you mean|has the id|expected|invalid/);
  });

  it("keeps every code and payload of the JSON report whatever the language", () => {
    const en = problemsOf(englishJson);
    const fr = problemsOf(frenchJson);
    expect(en.map((p) => p.code).sort()).toEqual(["dangling-reference", "unknown-key"]);
    expect(fr.map(payloadOf)).toEqual(en.map(payloadOf));
    expect(fr.find((p) => p.code === "unknown-key")).toMatchObject({
      key: "sumary",
      suggestion: "summary",
      allowed: expect.arrayContaining(["summary", "title"]),
    });
    expect(fr.find((p) => p.code === "dangling-reference")).toMatchObject({
      id: "act-mal",
      kinds: ["actor"],
      suggestion: "act-mali",
    });
    for (const [i, p] of fr.entries()) expect(p.message).not.toBe(en[i]?.message);
  });

  it("writes GitHub annotations in French under the same titles", () => {
    const annotations = frenchGithub.stdout.split("\n").filter((l) => l.startsWith("::error"));
    expect(annotations.map((a) => /title=bilat ([a-z-]+)::/.exec(a)?.[1]).sort()).toEqual([
      "dangling-reference",
      "unknown-key",
    ]);
    expect(frenchGithub.stdout).toContain("champ inconnu `sumary`");
  });

  it("refuses a language it does not know, with a suggestion", async () => {
    const run = await bilat(["validate", "--lang", "fra"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown language `fra`");
  });
});
