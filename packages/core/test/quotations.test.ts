import { afterAll, describe, expect, it } from "vitest";
import { expectProblems, loadEdited, placeOf, removeDataFolders } from "./helpers/data-folder.js";

afterAll(removeDataFolders);

const EVENT = "events/evt-pledge.yaml";
const PLACE = "places/plc-bamako.yaml";
const ACTOR = "actors/act-mali.yaml";
const SOURCE = "sources/src-ecofin.yaml";
const ARCHIVE = "archive/src-ecofin.txt";

const PLEDGE =
  "Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.";
const BORDER = "Both states share a border of 419 kilometres.";
const EVENT_EXCERPT = `    excerpt: ${PLEDGE}`;
const LAST_CITATION_LINE = "    credibility: 2\n";

/** A citation of the fixture's source, as a YAML list item indented by `indent`. */
const citation = (indent: string, excerpt: string, credibility = 2) =>
  `${indent}- source: src-ecofin\n${indent}  excerpt: ${excerpt}\n${indent}  translation: { fr: Traduction. }\n${indent}  credibility: ${credibility}\n`;

/** A dispute on the event's date whose second reading quotes `excerpt`. */
const dispute = (excerpt: string) => `disputes:
  - field: date
    note: { en: The sources differ., fr: Les sources divergent. }
    claims:
      - statement: { en: One reading., fr: Une lecture. }
        citations:
${citation("          ", PLEDGE)}      - statement: { en: Another reading., fr: Une autre lecture. }
        citations:
${citation("          ", excerpt)}`;

describe("excerpt-not-in-archive", () => {
  it("finds one word changed in an event, at the excerpt, quoting the archive's passage", async () => {
    const scenario = await loadEdited({
      [EVENT]: [[EVENT_EXCERPT, `    excerpt: «1»${PLEDGE.replace("pledged", "promised")}`]],
    });
    expectProblems(scenario, [
      {
        at: 1,
        code: "excerpt-not-in-archive",
        message: [
          "the excerpt is not in the archived text of `src-ecofin` (archive/src-ecofin.txt)",
          `the archive reads: «${PLEDGE}»`,
        ],
      },
    ]);
    expect(scenario.result.ok).toBe(false);
  });

  it("finds a capital letter changed in a place's citation", async () => {
    const scenario = await loadEdited({
      [PLACE]: [
        [
          "geoPrecision: 1\n",
          `geoPrecision: 1\ncitations:\n${citation("  ", `«1»${BORDER.replace("Both", "both")}`)}`,
        ],
      ],
    });
    expectProblems(scenario, [
      { at: 1, code: "excerpt-not-in-archive", message: `the archive reads: «${BORDER}»` },
    ]);
  });

  it("finds a misquote in an actor's role and in the actor's own citations", async () => {
    const scenario = await loadEdited({
      [ACTOR]: [
        [
          "country: MLI\n",
          `country: MLI\nroles:\n  - title: { en: State, fr: État }\n    citations:\n${citation("      ", `«1»${BORDER.replace("419", "420")}`)}citations:\n${citation("  ", `«2»${BORDER.replace("kilometres", "kilometers")}`)}`,
        ],
      ],
    });
    expectProblems(scenario, [
      { at: 1, code: "excerpt-not-in-archive", message: `the archive reads: «${BORDER}»` },
      { at: 2, code: "excerpt-not-in-archive", message: `the archive reads: «${BORDER}»` },
    ]);
  });

  it("finds a misquote in a dispute's claim", async () => {
    const misquote = PLEDGE.replace("regional security", "regional stability");
    const scenario = await loadEdited({
      [EVENT]: [[LAST_CITATION_LINE, `${LAST_CITATION_LINE}${dispute(`«1»${misquote}`)}`]],
    });
    expectProblems(scenario, [
      { at: 1, code: "excerpt-not-in-archive", message: `the archive reads: «${PLEDGE}»` },
    ]);
  });

  it("says so when no passage of the archive comes close", async () => {
    const scenario = await loadEdited({
      [EVENT]: [[EVENT_EXCERPT, "    excerpt: «1»Quelque chose que l'article ne dit nulle part."]],
    });
    expectProblems(scenario, [
      {
        at: 1,
        code: "excerpt-not-in-archive",
        message: "no passage of the archive comes close to it",
        notInMessage: "the archive reads",
      },
    ]);
  });

  it("forgives white space (line breaks, doubled and no-break spaces) and Unicode normalisation only", async () => {
    // The archive writes « é » as e + combining accent (NFD), the excerpt as one character (NFC).
    const french = "Le ministre a rencontré son homologue à Bamako.";
    const { result } = await loadEdited({
      [ARCHIVE]: `${PLEDGE}\n${BORDER}\n${french.normalize("NFD")}\n`,
      [EVENT]: [
        [
          EVENT_EXCERPT,
          "    excerpt: >-\n      Senegal and Mali have pledged to deepen\n      their military cooperation to enhance regional security.",
        ],
      ],
      "indicators/ind-border.yaml": [
        [`excerpt: ${BORDER}`, `excerpt: "Both states  share a border of 419\u00a0kilometres."`],
      ],
      [PLACE]: [
        [
          "geoPrecision: 1\n",
          `geoPrecision: 1\ncitations:\n${citation("  ", french.normalize("NFC"))}`,
        ],
      ],
    });
    expect(french.normalize("NFD")).not.toBe(french.normalize("NFC"));
    expect(result.problems.map(placeOf)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("does not forgive a straight apostrophe for a curly one", async () => {
    const scenario = await loadEdited({
      [ARCHIVE]: `${PLEDGE}\n${BORDER}\nL’armée a répondu.\n`,
      [PLACE]: [
        [
          "geoPrecision: 1\n",
          `geoPrecision: 1\ncitations:\n${citation("  ", '«1»"L\'armée a répondu."')}`,
        ],
      ],
    });
    expectProblems(scenario, [
      { at: 1, code: "excerpt-not-in-archive", message: "the archive reads: «L’armée a répondu.»" },
    ]);
  });

  it("leaves a missing archive file to its own error, once, on the source", async () => {
    const scenario = await loadEdited({
      [ARCHIVE]: null,
      [SOURCE]: [["archive: archive/src-ecofin.txt", "archive: «1»archive/src-ecofin.txt"]],
    });
    expectProblems(scenario, [{ at: 1, code: "missing-archive", message: "does not exist" }]);
  });
});

describe("source-without-archive", () => {
  const edits = {
    [ARCHIVE]: null,
    [SOURCE]: [
      ["id: src-ecofin", "id: «1»src-ecofin"],
      ["archive: archive/src-ecofin.txt\n", ""],
    ],
  } as const;

  it("warns that the source's quotations cannot be checked", async () => {
    const scenario = await loadEdited(edits);
    expectProblems(scenario, [
      {
        at: 1,
        code: "source-without-archive",
        severity: "warning",
        message:
          "`src-ecofin` has no archived text (`archive`), so its 3 quotations cannot be checked",
      },
    ]);
    expect(scenario.result.ok).toBe(true);
  });

  it("fails only under strict", async () => {
    const scenario = await loadEdited(edits, { strict: true });
    expect(scenario.result.problems.map((p) => p.code)).toEqual(["source-without-archive"]);
    expect(scenario.result.ok).toBe(false);
  });
});

describe("inconsistent-credibility", () => {
  it("warns on each citation of one passage graded differently, naming the other grades", async () => {
    const scenario = await loadEdited({
      "indicators/ind-border.yaml": [["    credibility: 2", "    credibility: «1»2"]],
      [PLACE]: [
        [
          "geoPrecision: 1\n",
          `geoPrecision: 1\ncitations:\n${citation("  ", BORDER, 1).replace("credibility: 1", "credibility: «2»1")}`,
        ],
      ],
    });
    expectProblems(scenario, [
      {
        at: 1,
        code: "inconsistent-credibility",
        severity: "warning",
        message: "this excerpt of `src-ecofin` is graded 2 here but 1 in places/plc-bamako.yaml",
      },
      {
        at: 2,
        code: "inconsistent-credibility",
        severity: "warning",
        message: "graded 1 here but 2 in indicators/ind-border.yaml",
      },
    ]);
    expect(scenario.result.ok).toBe(true);
  });

  it("names the first five places graded otherwise and counts the rest", async () => {
    // Eight events grade the pledge 3; the event of the fixture grades it 2.
    const events = Array.from({ length: 8 }, (_, i) =>
      [
        `- id: evt-graded-${i}`,
        '  date: "2025-02"',
        "  type: statement",
        "  pillars: [security]",
        "  title: { en: A statement, fr: Une déclaration }",
        "  summary: { en: Mali issued a statement., fr: Le Mali a publié une déclaration. }",
        "  citations:",
        "    - source: src-ecofin",
        `      excerpt: ${PLEDGE}`,
        "      translation: { fr: Le Sénégal et le Mali se sont engagés. }",
        "      credibility: 3",
      ].join("\n"),
    );
    const { result } = await loadEdited({ "events/evt-graded.yaml": `${events.join("\n")}\n` });
    const here = result.problems.find(
      (p) => p.code === "inconsistent-credibility" && p.file === EVENT,
    );
    const places = [1, 2, 3, 4, 5].map((item) => `3 in events/evt-graded.yaml (item ${item})`);
    expect(here?.message).toBe(
      `this excerpt of \`src-ecofin\` is graded 2 here but ${places.join(", ")} and in 3 more places`,
    );
    // Each of the eight names the one place graded 2, and nothing more.
    const there = result.problems.filter(
      (p) => p.code === "inconsistent-credibility" && p.file === "events/evt-graded.yaml",
    );
    expect(there.map((p) => p.message)).toEqual(
      Array(8).fill(`this excerpt of \`src-ecofin\` is graded 3 here but 2 in ${EVENT}`),
    );
  });

  it("is silent when one passage has one grade everywhere", async () => {
    const { result } = await loadEdited({
      [PLACE]: [["geoPrecision: 1\n", `geoPrecision: 1\ncitations:\n${citation("  ", BORDER, 2)}`]],
    });
    expect(result.problems).toEqual([]);
  });
});

describe("generic integrity rules", () => {
  it("warn on a source no record cites and on an approximate place without a note", async () => {
    const scenario = await loadEdited({
      "sources/src-unused.yaml": `id: «1»src-unused
title: Unused
published: "2025-01-01"
language: en
reliability: C
reliabilityNote: { en: Unknown., fr: Inconnue. }
archive: archive/src-ecofin.txt
`,
      [PLACE]: [["geoPrecision: 1", "geoPrecision: «2»2"]],
    });
    expectProblems(scenario, [
      {
        at: 1,
        code: "uncited-source",
        severity: "warning",
        message: "no record cites `src-unused`",
      },
      {
        at: 2,
        code: "approximate-place-without-note",
        severity: "warning",
        message: "the coordinates of `plc-bamako` are approximate (geo precision 2)",
      },
    ]);
  });
});
