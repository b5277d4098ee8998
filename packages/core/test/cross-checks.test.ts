import type { Problem } from "@bilat/core";
import { afterAll, describe, expect, it } from "vitest";
import {
  type Edit,
  type Expected,
  expectProblems,
  loadEdited,
  removeDataFolders,
} from "./helpers/data-folder.js";

afterAll(removeDataFolders);

const EVENT = "events/evt-pledge.yaml";
const EVENT_DATE = 'date: { from: "2025-02-05", to: "2025-02-07" }';
const EVENT_TITLE = `title:
  en: Senegal and Mali pledge deeper military cooperation
  fr: Le Sénégal et le Mali s'engagent à approfondir leur coopération militaire
`;
const EVENT_TRANSLATION = `    translation:
      fr: Le Sénégal et le Mali se sont engagés à approfondir leur coopération militaire.
`;
const LAST_CITATION_LINE = "    credibility: 2\n";

/** A sentence of the fixture's archived article, quoted as the fixture's indicator quotes it. */
const BORDER = "Both states share a border of 419 kilometres.";

/** A dispute on `field` with two readings, appended to a record. */
const dispute = (field: string, source = "src-ecofin") => `disputes:
  - field: ${field}
    note: { en: The sources differ., fr: Les sources divergent. }
    claims:
      - statement: { en: One reading., fr: Une lecture. }
        citations: [{ source: ${source}, excerpt: ${BORDER}, credibility: 2, translation: { fr: x } }]
      - statement: { en: Another reading., fr: Une autre lecture. }
        citations: [{ source: src-ecofin, excerpt: ${BORDER}, credibility: 2, translation: { fr: y } }]
`;

/** A second English source, published later than the fixture's. */
const LATER_SOURCE = `id: src-later
outlet: Later outlet
title: A later article
published: "2025-03-05"
language: en
reliability: C
reliabilityNote: { en: Unknown record., fr: Historique inconnu. }
archive: archive/src-later.txt
`;

interface Row {
  check: string;
  edits: Record<string, Edit>;
  problems: readonly Expected[];
  ignore?: readonly Problem["code"][];
}

const ROWS: Row[] = [
  // ——— duplicate ids ———
  {
    check: "duplicate id in two files of one kind: both are reported",
    edits: {
      "actors/act-mali.yaml": [["id: act-mali", "id: «1»act-mali"]],
      "actors/zz-copy.yaml": "id: «2»act-mali\nkind: state\nname: { en: Mali, fr: Mali }\n",
    },
    problems: [
      {
        at: 1,
        code: "duplicate-id",
        message: "the id `act-mali` is also used by the actor in actors/zz-copy.yaml",
        expected: "an id used by no other record",
      },
      {
        at: 2,
        code: "duplicate-id",
        message: "the id `act-mali` is also used by the actor in actors/act-mali.yaml",
      },
    ],
  },
  {
    check: "duplicate id across kinds",
    edits: {
      "actors/act-mali.yaml": [["id: act-mali", "id: «1»act-mali"]],
      "places/plc-copy.yaml":
        "id: «2»act-mali\nkind: country\nname: { en: Mali, fr: Mali }\ncountries: [MLI]\nlat: 17\nlon: -4\ngeoPrecision: 1\n",
    },
    problems: [
      { at: 1, code: "duplicate-id", message: "also used by the place in places/plc-copy.yaml" },
      { at: 2, code: "duplicate-id", message: "also used by the actor in actors/act-mali.yaml" },
    ],
  },
  {
    check: "duplicate id inside one list file, named by item",
    edits: {
      "actors/people.yaml": `- id: «1»act-diop
  kind: person
  name: { en: Sadio Diop, fr: Sadio Diop }
- id: act-toure
  kind: person
  name: { en: Awa Touré, fr: Awa Touré }
- id: «2»act-diop
  kind: person
  name: { en: Another Diop, fr: Un autre Diop }
`,
    },
    problems: [
      {
        at: 1,
        code: "duplicate-id",
        message: "also used by the actor in actors/people.yaml (item 3)",
      },
      {
        at: 2,
        code: "duplicate-id",
        message: "also used by the actor in actors/people.yaml (item 1)",
      },
    ],
  },
  {
    check: "duplicate id on a record that fails its schema",
    edits: {
      "actors/zz-copy.yaml": "id: «1»act-mali\nkind: «2»stat\nname: { en: Mali, fr: Mali }\n",
      "actors/act-mali.yaml": [["id: act-mali", "id: «3»act-mali"]],
    },
    problems: [
      { at: 1, code: "duplicate-id", message: "also used by the actor in actors/act-mali.yaml" },
      { at: 2, code: "invalid-value", message: "Did you mean `state`?" },
      { at: 3, code: "duplicate-id", message: "also used by the actor in actors/zz-copy.yaml" },
    ],
  },
  // ——— dangling references ———
  {
    check: "event actor misspelt",
    edits: {
      [EVENT]: [["{ actor: act-mali, role: target }", "{ actor: «1»act-mal, role: target }"]],
    },
    problems: [
      {
        at: 1,
        code: "dangling-reference",
        message: "no actor has the id `act-mal`. Did you mean `act-mali`?",
        expected: "the id of an actor in the data folder",
      },
    ],
  },
  {
    check: "citation source misspelt",
    edits: { [EVENT]: [["  - source: src-ecofin", "  - source: «1»src-ecofn"]] },
    problems: [
      {
        at: 1,
        code: "dangling-reference",
        message: "no source has the id `src-ecofn`. Did you mean `src-ecofin`?",
      },
    ],
  },
  {
    check: "event place misspelt",
    edits: { [EVENT]: [["places: [plc-bamako]", "places: [«1»plc-bamkao]"]] },
    problems: [
      {
        at: 1,
        code: "dangling-reference",
        message: "no place has the id `plc-bamkao`. Did you mean `plc-bamako`?",
      },
    ],
  },
  {
    check: "event agreement misspelt",
    edits: { [EVENT]: [["agreements: [agr-defence]", "agreements: [«1»agr-defense]"]] },
    problems: [{ at: 1, code: "dangling-reference", message: "Did you mean `agr-defence`?" }],
  },
  {
    check: "agreement party misspelt",
    edits: {
      "agreements/agr-defence.yaml": [
        ["parties: [act-senegal, act-mali]", "parties: [act-senegal, «1»act-mail]"],
      ],
    },
    problems: [{ at: 1, code: "dangling-reference", message: "Did you mean `act-mali`?" }],
  },
  {
    check: "judgment evidence misspelt",
    edits: {
      "judgments/jdg-cooperation.yaml": [
        ["evidence: [evt-pledge, ind-border]", "evidence: [«1»evt-plege, ind-border]"],
      ],
    },
    problems: [
      {
        at: 1,
        code: "dangling-reference",
        message:
          "no event, agreement, indicator or source has the id `evt-plege`. Did you mean `evt-pledge`?",
      },
    ],
  },
  {
    check: "indicator place with nothing near it",
    edits: { "indicators/ind-border.yaml": [["unit: km", "unit: km\nplaces: [«1»plc-dakar]"]] },
    problems: [
      {
        at: 1,
        code: "dangling-reference",
        message: "no place has the id `plc-dakar`",
        notInMessage: "Did you mean",
      },
    ],
  },
  {
    check: "indicator actor misspelt",
    edits: { "indicators/ind-border.yaml": [["unit: km", "unit: km\nactors: [«1»act-senegl]"]] },
    problems: [{ at: 1, code: "dangling-reference", message: "Did you mean `act-senegal`?" }],
  },
  {
    check: "role served a missing actor",
    edits: {
      "actors/act-mali.yaml": [
        [
          "country: MLI",
          "country: MLI\nroles:\n  - title: { en: Member, fr: Membre }\n    of: «1»act-ecowas",
        ],
      ],
    },
    problems: [{ at: 1, code: "dangling-reference", message: "no actor has the id `act-ecowas`" }],
  },
  {
    check: "citation inside a dispute claim",
    edits: {
      [EVENT]: [[LAST_CITATION_LINE, `${LAST_CITATION_LINE}${dispute("date", "«1»src-ecofim")}`]],
    },
    problems: [{ at: 1, code: "dangling-reference", message: "Did you mean `src-ecofin`?" }],
  },
  {
    check: "a suggestion is only of the kind the field names",
    edits: { [EVENT]: [["places: [plc-bamako]", "places: [«1»act-mal]"]] },
    problems: [
      {
        at: 1,
        code: "dangling-reference",
        message: "no place has the id `act-mal`",
        notInMessage: "act-mali",
      },
    ],
  },
  {
    check: "an id that is also a property of every object",
    edits: { [EVENT]: [["places: [plc-bamako]", "places: [«1»constructor]"]] },
    problems: [{ at: 1, code: "dangling-reference", message: "no place has the id `constructor`" }],
  },
  // ——— references to the wrong kind ———
  {
    check: "event place that is an actor",
    edits: { [EVENT]: [["places: [plc-bamako]", "places: [«1»act-mali]"]] },
    problems: [
      {
        at: 1,
        code: "wrong-reference-kind",
        message: "`act-mali` is an actor, but this field names a place",
        expected: "the id of a place",
      },
    ],
  },
  {
    check: "citation of an event",
    edits: { [EVENT]: [["  - source: src-ecofin", "  - source: «1»evt-pledge"]] },
    problems: [
      {
        at: 1,
        code: "wrong-reference-kind",
        message: "`evt-pledge` is an event, but this field names a source",
      },
    ],
  },
  {
    check: "judgment evidence that is an actor",
    edits: {
      "judgments/jdg-cooperation.yaml": [
        ["evidence: [evt-pledge, ind-border]", "evidence: [evt-pledge, «1»act-mali]"],
      ],
    },
    problems: [
      {
        at: 1,
        code: "wrong-reference-kind",
        message: "this field names an event, agreement, indicator or source",
      },
    ],
  },
  {
    check: "agreement party that is a place",
    edits: {
      "agreements/agr-defence.yaml": [
        ["parties: [act-senegal, act-mali]", "parties: [«1»plc-bamako, act-mali]"],
      ],
    },
    problems: [
      {
        at: 1,
        code: "wrong-reference-kind",
        message: "`plc-bamako` is a place, but this field names an actor",
      },
    ],
  },
  {
    check: "role served a place",
    edits: {
      "actors/act-mali.yaml": [
        [
          "country: MLI",
          "country: MLI\nroles:\n  - title: { en: Mayor, fr: Maire }\n    of: «1»plc-bamako",
        ],
      ],
    },
    problems: [
      { at: 1, code: "wrong-reference-kind", message: "is a place, but this field names an actor" },
    ],
  },
  // ——— ranges run forward ———
  {
    check: "event range that ends before it starts",
    edits: { [EVENT]: [[EVENT_DATE, 'date: { from: "2025-02-07", to: «1»"2025-02-05" }']] },
    problems: [
      {
        at: 1,
        code: "range-order",
        message: "the period ends (2025-02-05) before it starts (2025-02-07)",
        expected: "`to` on or after `from`",
      },
    ],
  },
  {
    check: "month range that ends before it starts",
    edits: { [EVENT]: [[EVENT_DATE, 'date: { from: "2025-02", to: «1»"2025-01" }']] },
    problems: [
      { at: 1, code: "range-order", message: "ends (2025-01) before it starts (2025-02)" },
    ],
  },
  {
    check: "a range from a month to a day inside it runs forward",
    edits: { [EVENT]: [[EVENT_DATE, 'date: { from: "2025-02", to: "2025-02-01" }']] },
    problems: [],
  },
  {
    check: "a range of one day runs forward",
    edits: { [EVENT]: [[EVENT_DATE, 'date: { from: "2025-02-05", to: "2025-02-05" }']] },
    problems: [],
  },
  {
    check: "role tenure that ends before it starts",
    edits: {
      "actors/act-mali.yaml": [
        [
          "country: MLI",
          'country: MLI\nroles:\n  - title: { en: Member, fr: Membre }\n    from: "2024-05"\n    to: «1»"2023"',
        ],
      ],
    },
    problems: [
      { at: 1, code: "range-order", message: "the period ends (2023) before it starts (2024-05)" },
    ],
  },
  {
    check: "coverage that ends before it starts",
    edits: {
      "dataset.yaml": [
        [
          'coverage: { from: "2025-01", to: "2025-12" }',
          'coverage: { from: "2025-12", to: «1»"2025-01" }',
        ],
      ],
    },
    problems: [
      { at: 1, code: "range-order", message: "ends (2025-01) before it starts (2025-12)" },
    ],
    ignore: ["outside-coverage"],
  },
  // ——— events and the sources that report them ———
  {
    check: "event dated after its only source",
    edits: { [EVENT]: [[EVENT_DATE, 'date: «1»"2025-03-01"']] },
    problems: [
      {
        at: 1,
        code: "dated-after-sources",
        message:
          "the event is dated 2025-03-01, after every source that reports it was published (latest 2025-02-10)",
        expected: "`status: announced` / `planned`",
      },
    ],
  },
  {
    check: "event that is ongoing is dated by its start",
    edits: {
      [EVENT]: [[EVENT_DATE, 'date: «1»{ from: "2025-02-11", to: "2025-03-01" }\nstatus: ongoing']],
    },
    problems: [{ at: 1, code: "dated-after-sources", message: "dated 2025-02-11" }],
  },
  {
    check: "event in a month after the source",
    edits: { [EVENT]: [[EVENT_DATE, 'date: «1»"2025-03"']] },
    problems: [{ at: 1, code: "dated-after-sources", message: "dated 2025-03-01" }],
  },
  {
    check: "event in the month of the source may be before it",
    edits: { [EVENT]: [[EVENT_DATE, 'date: "2025-02"']] },
    problems: [],
  },
  {
    check: "event on the day of publication",
    edits: { [EVENT]: [[EVENT_DATE, 'date: "2025-02-10"']] },
    problems: [],
  },
  ...(["announced", "planned"] as const).map(
    (status): Row => ({
      check: `event ${status} for after its sources`,
      edits: { [EVENT]: [[EVENT_DATE, `date: "2025-03-01"\nstatus: ${status}`]] },
      problems: [],
    }),
  ),
  {
    check: "a later second source covers the date",
    edits: {
      "sources/src-later.yaml": LATER_SOURCE,
      "archive/src-later.txt": "Later.\n",
      [EVENT]: [
        [EVENT_DATE, 'date: "2025-03-01"'],
        [
          LAST_CITATION_LINE,
          `${LAST_CITATION_LINE}  - { source: src-later, excerpt: Later., credibility: 2, translation: { fr: Plus tard. } }\n`,
        ],
      ],
    },
    problems: [],
  },
  {
    check: "a source dated only by its month may be as late as the month's end",
    edits: {
      "sources/src-ecofin.yaml": [['published: "2025-02-10"', 'published: "2025-02"']],
      [EVENT]: [[EVENT_DATE, 'date: "2025-02-28"']],
    },
    problems: [],
  },
  // ——— coverage ———
  {
    check: "event before the coverage period",
    edits: { [EVENT]: [[EVENT_DATE, 'date: «1»"2024-06"']] },
    problems: [
      {
        at: 1,
        code: "outside-coverage",
        severity: "warning",
        message: "the event lies outside the dataset's coverage (2025-01-01 to 2025-12-31)",
      },
    ],
  },
  {
    check: "event overlapping the start of the coverage",
    edits: { [EVENT]: [[EVENT_DATE, 'date: { from: "2024-12-20", to: "2025-01-05" }']] },
    problems: [],
  },
  // ——— disputes ———
  {
    check: "dispute on a misspelt field",
    edits: {
      [EVENT]: [
        [
          LAST_CITATION_LINE,
          `${LAST_CITATION_LINE}${dispute("dat").replace("field: dat", "field: «1»dat")}`,
        ],
      ],
    },
    problems: [
      {
        at: 1,
        code: "invalid-dispute",
        message: "an event has no field `dat` to dispute. Did you mean `date`?",
        expected: "one of: date, status, type",
      },
    ],
  },
  {
    check: "dispute on the id",
    edits: {
      [EVENT]: [
        [
          LAST_CITATION_LINE,
          `${LAST_CITATION_LINE}${dispute("id").replace("field: id", "field: «1»id")}`,
        ],
      ],
    },
    problems: [
      { at: 1, code: "invalid-dispute", message: "an event has no field `id` to dispute" },
    ],
  },
  {
    check: "dispute on an indicator's value",
    edits: {
      "indicators/ind-border.yaml": [["key: true", `key: true\n${dispute("value").trimEnd()}`]],
    },
    problems: [],
  },
  // ——— archives ———
  {
    check: "archived copy missing",
    edits: {
      "archive/src-ecofin.txt": null,
      "sources/src-ecofin.yaml": [
        ["archive: archive/src-ecofin.txt", "archive: «1»archive/src-ecofin.txt"],
      ],
    },
    problems: [
      {
        at: 1,
        code: "missing-archive",
        message: "the archived copy `archive/src-ecofin.txt` does not exist in the data folder",
      },
    ],
  },
  {
    check: "archive path with a typo",
    edits: {
      "sources/src-ecofin.yaml": [
        ["archive: archive/src-ecofin.txt", "archive: «1»archive/src-ecofn.txt"],
      ],
    },
    problems: [
      { at: 1, code: "missing-archive", message: "`archive/src-ecofn.txt` does not exist" },
    ],
  },
  // ——— scripts the brief prints ———
  {
    check: "title in a script no font of the brief prints",
    edits: { [EVENT]: [[EVENT_TITLE, "title: { en: «1»Pledge 合作, fr: Promesse }\n"]] },
    problems: [
      {
        at: 1,
        code: "unprinted-script",
        severity: "warning",
        message: "the text uses the Han script (U+5408",
      },
    ],
  },
  {
    check: "Arabic, Greek, Cyrillic and emoji print",
    edits: {
      [EVENT]: [
        [EVENT_TITLE, "title: { en: تعاون Αθήνα Москва नमस्ते Ɓamba ɲɛ 🤝 ✅, fr: Promesse }\n"],
      ],
    },
    problems: [],
  },
  // ——— translations ———
  {
    check: "title in English only",
    edits: { [EVENT]: [[EVENT_TITLE, "title: «1»{ en: Pledge }\n"]] },
    problems: [
      {
        at: 1,
        code: "missing-translation",
        severity: "warning",
        message: "`title` has no fr text",
      },
    ],
  },
  {
    check: "nested text in French only",
    edits: {
      [EVENT]: [
        [
          "{ actor: act-mali, role: target }",
          "{ actor: act-mali, role: target, as: «1»{ fr: Hôte } }",
        ],
      ],
    },
    problems: [
      {
        at: 1,
        code: "missing-translation",
        severity: "warning",
        message: "`actors[1].as` has no en text",
      },
    ],
  },
  {
    check: "excerpt of an English source with no French rendering",
    edits: {
      [EVENT]: [
        [EVENT_TRANSLATION, ""],
        ["  - source: src-ecofin", "  - «1»source: src-ecofin"],
      ],
    },
    problems: [
      {
        at: 1,
        code: "missing-translation",
        severity: "warning",
        message: "the excerpt has no fr rendering (`translation.fr`)",
      },
    ],
  },
  {
    check: "excerpt of a French source with no English rendering",
    edits: {
      "sources/src-ecofin.yaml": [["language: en", "language: fr-SN"]],
      [EVENT]: [
        [EVENT_TRANSLATION, ""],
        ["  - source: src-ecofin", "  - «1»source: src-ecofin"],
      ],
      // The other citations of the fixture have a French rendering but no English one either.
      "agreements/agr-defence.yaml": [["  - source: src-ecofin", "  - «2»source: src-ecofin"]],
      "indicators/ind-border.yaml": [["  - source: src-ecofin", "  - «3»source: src-ecofin"]],
    },
    problems: [1, 2, 3].map(
      (at): Expected => ({
        at,
        code: "missing-translation",
        severity: "warning",
        message: "the excerpt has no en rendering (`translation.en`)",
      }),
    ),
  },
  {
    check: "a dataset in English only asks for no French",
    edits: {
      "dataset.yaml": [["languages: [en, fr]", "languages: [en]"]],
      [EVENT]: [
        [EVENT_TRANSLATION, ""],
        [EVENT_TITLE, "title: { en: Pledge }\n"],
      ],
    },
    problems: [],
  },
  {
    check: "dataset title in French only",
    edits: {
      "dataset.yaml": [["title:\n  en: Senegal–Mali cooperation\n  fr:", "title:\n  «1»fr:"]],
    },
    problems: [
      {
        at: 1,
        code: "missing-translation",
        severity: "warning",
        message: "`title` has no en text",
      },
    ],
  },
];

describe("cross-record checks", () => {
  it.each(ROWS)("$check", async ({ edits, problems, ignore }) => {
    const scenario = await loadEdited(edits);
    expectProblems(scenario, problems, ignore);
    const errors = problems.filter((p) => (p.severity ?? "error") === "error");
    expect(scenario.result.ok).toBe(errors.length === 0);
  });
});

describe("references into a file that could not be read", () => {
  it("say that the id may be in that file, so the broken file is fixed first", async () => {
    const { result } = await loadEdited({
      "places/plc-bamako.yaml": 'id: plc-bamako\nname: {en: "broken\n',
    });
    const dangling = result.problems.filter((p) => p.code === "dangling-reference");
    expect(dangling.map((p) => p.file)).toEqual(["events/evt-pledge.yaml"]);
    expect(dangling[0]?.message).toContain(
      "It may be in places/plc-bamako.yaml, which could not be read",
    );
    expect(
      result.problems.some((p) => p.code === "yaml-syntax" && p.file === "places/plc-bamako.yaml"),
    ).toBe(true);
  });

  it("say nothing of the kind when every file was read", async () => {
    const { result } = await loadEdited({
      "events/evt-pledge.yaml": [["places: [plc-bamako]", "places: [plc-bamko]"]],
    });
    const [dangling] = result.problems.filter((p) => p.code === "dangling-reference");
    expect(dangling?.message).toBe("no place has the id `plc-bamko`. Did you mean `plc-bamako`?");
  });
});
