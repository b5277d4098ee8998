import { open } from "node:fs/promises";
import { join } from "node:path";
import { loadDataset, MAX_FILE_BYTES } from "@bilat/core";
import { afterAll, describe, expect, it } from "vitest";
import {
  type Edit,
  type Expected,
  expectProblems,
  loadEdited,
  makeDataFolder,
  removeDataFolders,
} from "./helpers/data-folder.js";

afterAll(removeDataFolders);

interface Row {
  name: string;
  edits: Record<string, Edit>;
  problems: readonly Expected[];
}

describe("data folder layout", () => {
  const rows: Row[] = [
    {
      name: "no dataset.yaml",
      edits: { "dataset.yaml": null },
      problems: [
        {
          at: 0,
          code: "missing-dataset-file",
          message: "the data folder has no dataset.yaml describing the country pair",
        },
      ],
    },
    {
      name: "a folder named like a kind, misspelt",
      edits: { "event/evt-x.yaml": "«1»id: evt-x\n" },
      problems: [
        {
          at: 1,
          code: "unknown-folder",
          message: "the folder `event` is not one bilat reads. Did you mean `events`?",
          expected: "one of: sources, actors, places, events, agreements, indicators, judgments",
        },
      ],
    },
    {
      name: "a folder bilat does not know",
      edits: { "misc/notes.yaml": "«1»a: 1\n" },
      problems: [
        {
          at: 1,
          code: "unknown-folder",
          message: "the folder `misc` is not one bilat reads.",
          notInMessage: "Did you mean",
        },
      ],
    },
    {
      name: "a YAML file beside dataset.yaml is not read, with a warning",
      edits: { "notes.yaml": "«1»this: [is not read\n" },
      problems: [
        {
          at: 1,
          code: "unknown-folder",
          severity: "warning",
          message: "this file is not read: records go in the folders sources, actors",
        },
      ],
    },
    {
      name: "schema and archive folders are not read",
      edits: {
        "schema/broken.yaml": "this: [is not read\n",
        "archive/broken.yaml": "nor: [this\n",
      },
      problems: [],
    },
    {
      name: "files other than YAML in a kind's folder are ignored",
      edits: { "events/README.md": "# Events\n", "events/notes.txt": "[" },
      problems: [],
    },
    {
      name: "records in sub-folders of a kind's folder are read",
      edits: {
        "events/2025/02/evt-extra.yaml": "«2»id: evt-extra\ndate: «1»2025-02-31\n",
      },
      problems: [
        { at: 1, code: "invalid-value", message: "naming a real day" },
        ...["type", "pillars", "title", "summary", "citations"].map(
          (field): Expected => ({
            at: 2,
            code: "missing-field",
            message: `\`${field}\` is missing`,
          }),
        ),
      ],
    },
    {
      name: "`.yml` files are read",
      edits: { "places/plc-extra.yml": "«2»id: plc-extra\nkind: «1»citty\n" },
      problems: [
        { at: 1, code: "invalid-value", message: "Did you mean `city`?" },
        ...["name", "countries", "lat", "lon", "geoPrecision"].map(
          (field): Expected => ({
            at: 2,
            code: "missing-field",
            message: `\`${field}\` is missing`,
          }),
        ),
      ],
    },
  ];
  it.each(rows)("$name", async ({ edits, problems }) => {
    const scenario = await loadEdited(edits);
    // A problem with the folder as a whole is placed at the top of its dataset.yaml.
    scenario.marks.set(0, { file: "dataset.yaml", line: 1, column: 1 });
    expectProblems(scenario, problems);
  });

  it("reports a data folder that does not exist, without throwing", async () => {
    const result = await loadDataset(join(await makeDataFolder().then((f) => f.dir), "nowhere"));
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: "file-unreadable",
      line: 1,
      column: 1,
      message: "the data folder does not exist",
    });
  });

  it("refuses a file larger than the limit before reading it", async () => {
    const { dir } = await makeDataFolder();
    // A sparse file: as large as the limit says, without using the disk.
    const handle = await open(join(dir, "events", "huge.yaml"), "w");
    await handle.truncate(MAX_FILE_BYTES + 1);
    await handle.close();
    const result = await loadDataset(dir);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: "file-too-large",
      file: "events/huge.yaml",
      line: 1,
      column: 1,
    });
    expect(result.problems[0]?.message).toContain("split it into files under 400 MB");
  });
});

describe("broken YAML is reported at its position", () => {
  const rows: { name: string; text: string; reason: string }[] = [
    {
      name: "a tab in the indentation",
      text: "id: act-x\nkind: state\nname:\n«1»\ten: X\n",
      reason: "tab characters must not be used in indentation",
    },
    {
      name: "a key given twice",
      text: "id: act-x\nkind: state\n«1»kind: person\nname: { en: X, fr: X }\n",
      reason: "duplicated mapping key",
    },
    {
      name: "a key indented one space too little",
      text: "id: act-x\nkind: state\nname:\n  en: X\n «1»fr: X\n",
      reason: "bad indentation of a mapping entry",
    },
    {
      name: "a list that is never closed",
      text: "id: act-x\nkind: state\naliases: [Mali, Republic\n«1»name: { en: X, fr: X }\n",
      reason: "missed comma between flow collection entries",
    },
    {
      name: "a quotation that is never closed",
      text: 'id: act-x\nkind: state\nname: { en: "Mali }\n«1»',
      reason: "unexpected end of the stream within a double quoted scalar",
    },
    {
      name: "a tag that would run code",
      text: "id: act-x\nkind: !!js/function state«1»\n",
      reason: "unknown tag",
    },
    {
      name: "a second document in the file",
      text: "id: act-x\nkind: state\nname: { en: X, fr: X }\n«1»---\nid: act-y\n",
      reason: "expected a single document in the stream, but found more",
    },
    {
      name: "Windows line ends",
      text: "id: act-x\r\nkind: state\r\n«1»kind: person\r\n",
      reason: "duplicated mapping key",
    },
  ];
  it.each(rows)("$name", async ({ text, reason }) => {
    const scenario = await loadEdited({ "actors/broken.yaml": text });
    expectProblems(scenario, [
      { at: 1, code: "yaml-syntax", message: `the YAML cannot be read: ${reason}` },
    ]);
  });

  it("reports broken YAML and the problems of other files in one run", async () => {
    const scenario = await loadEdited({
      "actors/broken.yaml": "id: act-x\n«1»\tkind: state\n",
      "places/plc-bamako.yaml": [["geoPrecision: 1", "geoPrecision: «2»5"]],
      "judgments/jdg-cooperation.yaml": [["likelihood: very-likely", "likelihood: «3»likly"]],
    });
    expectProblems(scenario, [
      { at: 1, code: "yaml-syntax", message: "tab characters" },
      { at: 2, code: "invalid-value", message: "geo precision" },
      { at: 3, code: "invalid-value", message: "Did you mean `likely`?" },
    ]);
  });

  it("positions lines after a byte-order mark and Windows line ends correctly", async () => {
    const scenario = await loadEdited({
      "actors/act-extra.yaml": "\uFEFFid: act-extra\r\nkind: «1»stat\r\nname: { en: X, fr: X }\r\n",
    });
    expectProblems(scenario, [{ at: 1, code: "invalid-value", message: "Did you mean `state`?" }]);
  });
});

describe("hostile YAML is data", () => {
  /** Nine levels of nine aliases: 9^9 (387 million) strings if the aliases were copied. */
  const BILLION_LAUGHS = `«1»a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

  it("rejects an alias bomb without expanding it, and still checks the other files", async () => {
    const scenario = await loadEdited({
      "events/bomb.yaml": BILLION_LAUGHS,
      "places/plc-bamako.yaml": [["lat: 12.64", "lat: «2»-91"]],
    });
    expectProblems(scenario, [
      {
        at: 1,
        code: "yaml-alias-limit",
        message: "the YAML uses aliases (*name) that expand to far more data than the file holds",
      },
      { at: 2, code: "too-few", message: "`lat` must be at least -90" },
    ]);
  });

  it("rejects an alias bomb inside a record of a list file", async () => {
    const bomb = BILLION_LAUGHS.replace("«1»", "").replace(/^/gm, "    ").trimEnd();
    const scenario = await loadEdited({
      "actors/list.yaml": `«1»- id: act-a\n  kind: state\n  name: { en: A, fr: A }\n- id: act-b\n  aliases:\n${bomb}\n`,
    });
    expectProblems(scenario, [{ at: 1, code: "yaml-alias-limit", message: "aliases" }]);
  });

  it("rejects an alias that contains itself", async () => {
    const scenario = await loadEdited({
      "actors/loop.yaml": "«1»id: act-loop\naliases: &x [*x]\n",
    });
    expectProblems(scenario, [{ at: 1, code: "yaml-alias-limit", message: "aliases" }]);
  });

  // The alias-bomb walk is skipped for a text without `&`: safe only because an alias needs an anchor.
  it("rejects an alias whose anchor the file never defines", async () => {
    const scenario = await loadEdited({
      "actors/unanchored.yaml": "id: act-u\nkind: state\nname: { en: Mali, fr: *n«1» }\n",
    });
    expectProblems(scenario, [{ at: 1, code: "yaml-syntax", message: "alias" }]);
  });

  it("accepts ordinary aliases", async () => {
    const { result } = await loadEdited({
      "actors/act-extra.yaml": "id: act-extra\nkind: state\nname: { en: &n Mali, fr: *n }\n",
    });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset.byId.get("act-extra")?.record).toMatchObject({
      name: { en: "Mali", fr: "Mali" },
    });
  });

  it.each([
    {
      name: "at the top of a record",
      text: "id: act-extra\nkind: state\nname: { en: Mali, fr: Mali }\n«1»__proto__: { polluted: true }\n",
      message: "unknown field `__proto__`",
    },
    {
      name: "inside a field",
      text: "id: act-extra\nkind: state\nname: { en: Mali, fr: Mali, «1»__proto__: { polluted: true } }\n",
      message: "unknown field `__proto__` in `name`",
    },
    {
      name: "in a record of a list file",
      text: "- id: act-extra\n  kind: state\n  name: { en: Mali, fr: Mali }\n  «1»__proto__:\n    polluted: true\n",
      message: "unknown field `__proto__`",
    },
    {
      name: "named `constructor`",
      text: "id: act-extra\nkind: state\nname: { en: Mali, fr: Mali }\n«1»constructor: { prototype: { polluted: true } }\n",
      message: "unknown field `constructor`",
    },
  ])(
    "reports a `__proto__`-like key $name as unknown, and pollutes nothing",
    async ({ text, message }) => {
      const scenario = await loadEdited({ "actors/act-extra.yaml": text });
      expectProblems(scenario, [{ at: 1, code: "unknown-key", message }]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
      expect(Object.hasOwn(Object.prototype as object, "prototype")).toBe(false);
    },
  );

  it("keeps Markdown and HTML in text as it is written", async () => {
    const title = "<script>alert(1)</script> | **bold** [link](javascript:x)";
    const { result } = await loadEdited({
      "actors/act-extra.yaml": `id: act-extra\nkind: state\nname: { en: "${title}", fr: "${title}" }\n`,
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset.byId.get("act-extra")?.record).toMatchObject({
      name: { en: title },
    });
  });
});

describe("files without a record", () => {
  it.each([
    { name: "an empty file", text: "" },
    { name: "a file of comments", text: "# nothing here yet\n# nor here\n" },
    { name: "a file of blank lines", text: "\n\n   \n" },
    { name: "an explicit null", text: "~\n" },
  ])("reports $name as empty", async ({ text }) => {
    const scenario = await loadEdited({ "agreements/agr-empty.yaml": text });
    scenario.marks.set(1, { file: "agreements/agr-empty.yaml", line: 1, column: 1 });
    expectProblems(scenario, [{ at: 1, code: "empty-file", message: "the file holds no record" }]);
  });

  it.each([
    { name: "text", text: "«1»just a sentence\n", found: 'the text "just a sentence"' },
    { name: "a number", text: "«1»42\n", found: "the number 42" },
    { name: "a list item that is a list", text: "- «1»[a, b]\n", found: "a list" },
    { name: "a list item that is text", text: "- «1»act-mali\n", found: 'the text "act-mali"' },
  ])("reports $name where a record should be", async ({ text, found }) => {
    const scenario = await loadEdited({ "actors/odd.yaml": text });
    expectProblems(scenario, [
      {
        at: 1,
        code: "not-a-record",
        message: `expected an actor record (a group of \`key: value\` fields), found ${found}`,
      },
    ]);
  });
});

describe("list files holding many records", () => {
  const COUNT = 60;
  /** Actors act-p0 … act-p59, one of them broken in the way `broken` says, with markers. */
  function people(broken: Record<number, (i: number) => string>): string {
    const items: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const make =
        broken[i] ??
        ((n: number) =>
          `- id: act-p${n}\n  kind: person\n  name: { en: Person ${n}, fr: Personne ${n} }\n`);
      items.push(make(i));
    }
    return `# ${COUNT} people\n${items.join("")}`;
  }

  it("places each problem at its item, and names the item's path", async () => {
    const scenario = await loadEdited({
      "actors/people.yaml": people({
        6: (n) => `- id: act-p${n}\n  kind: «1»persn\n  name: { en: P, fr: P }\n`,
        30: (n) => `- id: act-p${n}\n  kind: person\n  name: { en: P, fr: P }\n  «2»colour: red\n`,
        31: () => "- «3»42\n",
        44: (n) => `- id: «5»act-p${n}\n  kind: person\n  name: { en: P, fr: P }\n`,
        45: () => "- id: «4»act-p44\n  kind: person\n  name: { en: P, fr: P }\n",
        59: (n) =>
          `- id: act-p${n}\n  kind: person\n  name: { en: P, fr: P, «6»es: P }\n  roles: [{ title: { en: Chief, fr: Chef }, of: «7»act-p600 }]\n`,
      }),
    });
    expectProblems(scenario, [
      { at: 1, code: "invalid-value", message: ["`kind`", "Did you mean `person`?"] },
      { at: 2, code: "unknown-key", message: "unknown field `colour`" },
      { at: 3, code: "not-a-record", message: "found the number 42" },
      { at: 4, code: "duplicate-id", message: "(item 45)" },
      { at: 5, code: "duplicate-id", message: "(item 46)" },
      { at: 6, code: "unknown-key", message: "unknown field `es` in `name`" },
      { at: 7, code: "dangling-reference", message: "no actor has the id `act-p600`" },
    ]);
    expect(scenario.result.problems.map((p) => p.path)).toEqual([
      [6, "kind"],
      [30, "colour"],
      [31],
      [44, "id"],
      [45, "id"],
      [59, "name", "es"],
      [59, "roles", 0, "of"],
    ]);
  });

  it.each([
    {
      name: "a list written in flow style",
      text: "[{ id: act-a, kind: state, name: { en: A, fr: A } },\n { id: act-b, kind: «1»stat, name: { en: B, fr: B } }]\n",
    },
    {
      name: "a list after a document marker and comments",
      text: "---\n# people\n- id: act-a\n  kind: state\n  name: { en: A, fr: A }\n# the next one\n- id: act-b\n  kind: «1»stat\n  name: { en: B, fr: B }\n",
    },
    {
      name: "items that open on the line after their dash",
      text: "-\n  id: act-a\n  kind: state\n  name: { en: A, fr: A }\n-\n  id: act-b\n  kind: «1»stat\n  name: { en: B, fr: B }\n",
    },
    {
      name: "a text block whose lines look like items",
      text: "- id: act-a\n  kind: state\n  name: { en: A, fr: A }\n  description:\n    en: |\n      - first point\n      - second point\n    fr: |\n      - premier point\n- id: act-b\n  kind: «1»stat\n  name: { en: B, fr: B }\n",
    },
    {
      name: "an item using an anchor of another",
      text: "- id: act-a\n  kind: state\n  name: &n { en: A, fr: A }\n- id: act-b\n  kind: «1»stat\n  name: *n\n",
    },
    {
      name: "Windows line ends",
      text: "- id: act-a\r\n  kind: state\r\n  name: { en: A, fr: A }\r\n- id: act-b\r\n  kind: «1»stat\r\n  name: { en: B, fr: B }\r\n",
    },
  ])("places a problem in $name", async ({ text }) => {
    const scenario = await loadEdited({ "actors/two.yaml": text });
    expectProblems(scenario, [{ at: 1, code: "invalid-value", message: "Did you mean `state`?" }]);
    expect(scenario.result.problems[0]?.path).toEqual([1, "kind"]);
  });

  it("loads every record of a valid list file with its position in the file", async () => {
    const { result } = await loadEdited({ "actors/people.yaml": people({}) });
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error("expected a valid dataset");
    expect(result.dataset.actors).toHaveLength(COUNT + 2);
    expect(result.dataset.byId.get("act-p42")).toMatchObject({
      kind: "actor",
      origin: { file: "actors/people.yaml", index: 42 },
      record: { id: "act-p42", kind: "person", name: { en: "Person 42" } },
    });
    expect(result.dataset.byId.get("act-mali")?.origin).toEqual({
      file: "actors/act-mali.yaml",
      index: undefined,
    });
  });
});
