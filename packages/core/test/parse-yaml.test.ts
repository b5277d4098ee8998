import { describe, expect, it } from "vitest";
import { parseYaml } from "../src/load/parse-yaml.js";

/**
 * js-yaml is patched to look for non-printable characters once in the whole text, and in each
 * scalar only when the text holds one: the same texts must still be refused, at the same place.
 */
const refused = (line: number, column: number) => ({
  ok: false,
  problem: { code: "yaml-syntax", reason: "the stream contains non-printable characters" },
  line,
  column,
});

describe("non-printable characters in YAML", () => {
  it("are refused where they stand, in plain and block scalars", () => {
    expect(parseYaml("id: a\ntitle: bell \u0007 here\n", "a.yaml")).toEqual(refused(2, 19));
    expect(parseYaml("id: a\nnote: |\n  fine\n  lone \ud800 here\n", "a.yaml")).toEqual(
      refused(4, 14),
    );
    expect(parseYaml("a: \ufffe\n", "a.yaml")).toEqual(refused(1, 5));
    expect(parseYaml("a: x \udc00\n", "a.yaml")).toEqual(refused(1, 7));
  });

  it("are refused in a text that also holds the characters they resemble, printable ones", () => {
    const text = 'a: "smile \ud83d\ude00"\nb: tab\there\nc: next \u0085 line\nd: bell \u0007\n';
    expect(parseYaml(text, "a.yaml")).toEqual(refused(4, 10));
  });

  it("are not found in text that has none: surrogate pairs, tabs, NEL and accents are printable", () => {
    const text = 'a: "smile \ud83d\ude00"\nb: tab\there\nc: next \u0085 line\nd: déjà l’accord\n';
    expect(parseYaml(text, "a.yaml")).toEqual({
      ok: true,
      value: { a: "smile \ud83d\ude00", b: "tab\there", c: "next \u0085 line", d: "déjà l’accord" },
    });
  });
});
