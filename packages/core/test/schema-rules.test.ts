import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import {
  type Edit,
  type Expected,
  expectProblems,
  loadEdited,
  minimalText,
  placeOf,
  removeDataFolders,
  replaceOnce,
} from "./helpers/data-folder.js";

afterAll(removeDataFolders);

/**
 * Each rule is tested on a second record of the kind, written to its own file next to the valid
 * fixture, so that a broken record does not break the references of the others.
 */
const KINDS = {
  source: { fixture: "sources/src-ecofin.yaml", id: "src-ecofin" },
  actor: { fixture: "actors/act-mali.yaml", id: "act-mali" },
  place: { fixture: "places/plc-bamako.yaml", id: "plc-bamako" },
  event: { fixture: "events/evt-pledge.yaml", id: "evt-pledge" },
  agreement: { fixture: "agreements/agr-defence.yaml", id: "agr-defence" },
  indicator: { fixture: "indicators/ind-border.yaml", id: "ind-border" },
  judgment: { fixture: "judgments/jdg-cooperation.yaml", id: "jdg-cooperation" },
  dataset: { fixture: "dataset.yaml", id: "sen-mli" },
} as const;
type Kind = keyof typeof KINDS;

/** Where the record under test goes, and its valid text with a fresh id. */
async function recordUnderTest(kind: Kind): Promise<{ file: string; text: string }> {
  const { fixture, id } = KINDS[kind];
  const text = await minimalText(fixture);
  if (kind === "dataset") return { file: fixture, text };
  const folder = fixture.split("/")[0];
  const fresh = `${id.split("-")[0]}-extra`;
  return { file: `${folder}/extra.yaml`, text: replaceOnce(text, `id: ${id}\n`, `id: ${fresh}\n`) };
}

async function loadWith(kind: Kind, edit: (text: string) => string) {
  const { file, text } = await recordUnderTest(kind);
  const edits: Record<string, Edit> = { [file]: edit(text) };
  return loadEdited(edits);
}

const applying =
  (pairs: readonly (readonly [string, string])[]) =>
  (text: string): string =>
    pairs.reduce((t, [find, replace]) => replaceOnce(t, find, replace), text);

const EVENT_CITATIONS = `citations:
  - source: src-ecofin
    excerpt: Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.
    translation:
      fr: Le Sénégal et le Mali se sont engagés à approfondir leur coopération militaire.
    credibility: 2
`;

interface Row {
  kind: Kind;
  rule: string;
  edits: readonly (readonly [string, string])[];
  problems: readonly Expected[];
}

describe("every kind can be loaded as a second record", () => {
  it.each(Object.keys(KINDS) as Kind[])("%s", async (kind) => {
    const { result } = await loadWith(kind, (t) => t);
    // A second source that no record cites is worth a warning, and only that.
    const expected = kind === "source" ? ["warning uncited-source sources/extra.yaml:1:5"] : [];
    expect(result.problems.map(placeOf)).toEqual(expected);
    expect(result.ok).toBe(true);
    if (result.ok && kind !== "dataset")
      expect(result.dataset.byId.has(`${KINDS[kind].id.split("-")[0]}-extra`)).toBe(true);
  });
});

/** Fields a record of each kind cannot do without (defaults such as `status` are not listed). */
const REQUIRED: Record<Kind, string[]> = {
  source: ["id", "title", "published", "language", "reliability", "reliabilityNote"],
  actor: ["id", "kind", "name"],
  place: ["id", "kind", "name", "countries", "lat", "lon", "geoPrecision"],
  event: ["id", "date", "type", "pillars", "title", "summary", "citations"],
  agreement: ["id", "kind", "title", "parties", "domains", "status", "summary", "citations"],
  indicator: ["id", "name", "value", "unit", "scope", "pillars", "citations"],
  judgment: ["id", "statement", "likelihood", "confidence", "evidence"],
  dataset: ["id", "title", "dyad", "coverage", "cutoff", "tlp", "licence"],
};

describe("required fields", () => {
  const rows = (Object.entries(REQUIRED) as [Kind, string[]][]).flatMap(([kind, fields]) =>
    fields.map((field) => ({ kind, field })),
  );
  it.each(rows)("$kind without $field", async ({ kind, field }) => {
    const { file, result } = await (async () => {
      const { file } = await recordUnderTest(kind);
      const scenario = await loadWith(kind, (text) => {
        const doc = parseDocument(text);
        expect(doc.has(field)).toBe(true);
        doc.delete(field);
        return String(doc);
      });
      return { file, result: scenario.result };
    })();
    expect(result.ok).toBe(false);
    const missing = result.problems.filter((p) => p.code === "missing-field");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      severity: "error",
      file,
      line: 1,
      column: 1,
      path: [field],
    });
    expect(missing[0]?.message).toContain(`\`${field}\` is missing`);
  });
});

const SCHEMA_RULES: Row[] = [
  // ——— source ———
  {
    kind: "source",
    rule: "text given as a number",
    edits: [["outlet: Agence Ecofin", "outlet: «1»42"]],
    problems: [
      {
        at: 1,
        code: "wrong-type",
        message: "`outlet` should be text, but is the number 42",
        expected: "text",
      },
    ],
  },
  {
    kind: "source",
    rule: "reliability in lower case, with did-you-mean",
    edits: [["reliability: B", "reliability: «1»b"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: ['`reliability` is the text "b"', "Did you mean `B`?"],
        expected: "one of: A, B, C, D, E, F",
      },
    ],
  },
  {
    kind: "source",
    rule: "reliability outside A–F, with no far-fetched suggestion",
    edits: [["reliability: B", "reliability: «1»G"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: "which is not an accepted value",
        notInMessage: "Did you mean",
        expected: "one of: A, B, C, D, E, F",
      },
    ],
  },
  {
    kind: "source",
    rule: "reliability as a number",
    edits: [["reliability: B", "reliability: «1»2"]],
    problems: [{ at: 1, code: "invalid-value", message: "the number 2", expected: "A, B, C" }],
  },
  {
    kind: "source",
    rule: "source kind misspelt",
    edits: [["outlet: Agence Ecofin", "kind: «1»artcle\noutlet: Agence Ecofin"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: "Did you mean `article`?",
        expected: "article, communique, report, dataset, interview",
      },
    ],
  },
  {
    kind: "source",
    rule: "unknown key, with did-you-mean",
    edits: [
      ["archive: archive/src-ecofin.txt\n", "archive: archive/src-ecofin.txt\n«1»autor: X\n"],
    ],
    problems: [
      {
        at: 1,
        code: "unknown-key",
        message: "unknown field `autor`. Did you mean `author`?",
        expected: "one of: id, kind, outlet, title, author",
      },
    ],
  },
  {
    kind: "source",
    rule: "unknown key with nothing near it",
    edits: [
      ["archive: archive/src-ecofin.txt\n", "archive: archive/src-ecofin.txt\n«1»zzzzzz: X\n"],
    ],
    problems: [
      { at: 1, code: "unknown-key", message: "unknown field `zzzzzz`", notInMessage: "Did you" },
    ],
  },
  {
    kind: "source",
    rule: "id with capitals and an underscore",
    edits: [["id: src-extra", "id: «1»Src_Extra"]],
    problems: [
      {
        at: 1,
        code: "invalid-format",
        message: ["an id is lower-case letters, digits and single hyphens", '"Src_Extra"'],
      },
    ],
  },
  {
    kind: "source",
    rule: "id with a double hyphen",
    edits: [["id: src-extra", "id: «1»src--extra"]],
    problems: [{ at: 1, code: "invalid-format", message: "single hyphens" }],
  },
  {
    kind: "source",
    rule: "id ending in a hyphen",
    edits: [["id: src-extra", "id: «1»src-extra-"]],
    problems: [{ at: 1, code: "invalid-format", message: "single hyphens" }],
  },
  {
    kind: "source",
    rule: "link that is not a URL",
    edits: [["outlet: Agence Ecofin", "outlet: Agence Ecofin\nurl: «1»www.ecofin"]],
    problems: [{ at: 1, code: "invalid-format", message: "a link is a full URL" }],
  },
  {
    kind: "source",
    rule: "language that is not a BCP 47 tag",
    edits: [["language: en", "language: «1»English"]],
    problems: [{ at: 1, code: "invalid-format", message: "BCP 47" }],
  },
  {
    kind: "source",
    rule: "publication on 30 February",
    edits: [['published: "2025-02-10"', 'published: «1»"2025-02-30"']],
    problems: [{ at: 1, code: "invalid-value", message: ["naming a real day", '"2025-02-30"'] }],
  },
  {
    kind: "source",
    rule: "publication on 29 February of a common year",
    edits: [['published: "2025-02-10"', 'published: «1»"2023-02-29"']],
    problems: [{ at: 1, code: "invalid-value", message: "naming a real day" }],
  },
  {
    kind: "source",
    rule: "publication in month 13",
    edits: [['published: "2025-02-10"', 'published: «1»"2025-13"']],
    problems: [{ at: 1, code: "invalid-value", message: "YYYY-MM-DD, YYYY-MM or YYYY" }],
  },
  {
    kind: "source",
    rule: "publication in month 00",
    edits: [['published: "2025-02-10"', 'published: «1»"2025-00"']],
    problems: [{ at: 1, code: "invalid-value", message: "YYYY-MM-DD, YYYY-MM or YYYY" }],
  },
  {
    kind: "source",
    rule: "publication with one-digit month and day",
    edits: [['published: "2025-02-10"', 'published: «1»"2025-2-1"']],
    problems: [{ at: 1, code: "invalid-value", message: "YYYY-MM-DD" }],
  },
  {
    kind: "source",
    rule: "publication written as a plain number",
    edits: [['published: "2025-02-10"', "published: «1»20250210"]],
    problems: [{ at: 1, code: "invalid-value", message: "the number 20250210" }],
  },
  {
    kind: "source",
    rule: "publication range with a mistyped key",
    edits: [
      ['published: "2025-02-10"', 'published: «1»{ from: "2025-02-01", «2»until: "2025-02-10" }'],
    ],
    problems: [
      { at: 1, code: "missing-field", message: "`published.to` is missing" },
      {
        at: 2,
        code: "unknown-key",
        message: "unknown field `until` in `published`",
        expected: "one of: from, to",
      },
    ],
  },
  {
    kind: "source",
    rule: "publication range with a misspelt `from`",
    edits: [['published: "2025-02-10"', 'published: { «1»form: "2025-02-01", to: "2025-02-10" }']],
    problems: [
      // Reported once: not also as a missing `from`.
      {
        at: 1,
        code: "unknown-key",
        message: "unknown field `form` in `published`. Did you mean `from`?",
      },
    ],
  },
  {
    kind: "source",
    rule: "publication range with an impossible end",
    edits: [['published: "2025-02-10"', 'published: { from: "2025-02-01", to: «1»"2025-04-31" }']],
    problems: [{ at: 1, code: "invalid-value", message: ["`published.to`", "real day"] }],
  },
  {
    kind: "source",
    rule: "localized text with no language",
    edits: [
      [
        "reliabilityNote:\n  en: Specialised economic news agency with a record of accurate reporting.\n  fr: Agence d'information économique spécialisée, généralement exacte.\n",
        "reliabilityNote: «1»{}\n",
      ],
    ],
    problems: [{ at: 1, code: "invalid-value", message: "give the text in at least one language" }],
  },
  {
    kind: "source",
    rule: "localized text in an unknown language",
    edits: [
      [
        "reliabilityNote:\n  en: Specialised economic news agency with a record of accurate reporting.\n  fr: Agence d'information économique spécialisée, généralement exacte.\n",
        "reliabilityNote: «1»{ «2»de: Zuverlässig }\n",
      ],
    ],
    problems: [
      { at: 1, code: "invalid-value", message: "give the text in at least one language" },
      {
        at: 2,
        code: "unknown-key",
        message: "unknown field `de` in `reliabilityNote`",
        expected: "one of: en, fr",
      },
    ],
  },
  {
    kind: "source",
    rule: "localized text that is blank",
    edits: [
      [
        "  en: Specialised economic news agency with a record of accurate reporting.\n",
        '  en: «1»"   "\n',
      ],
    ],
    problems: [{ at: 1, code: "too-few", message: "`reliabilityNote.en`: text must not be empty" }],
  },
  {
    kind: "source",
    rule: "localized text given as plain text",
    edits: [
      [
        "reliabilityNote:\n  en: Specialised economic news agency with a record of accurate reporting.\n  fr: Agence d'information économique spécialisée, généralement exacte.\n",
        "reliabilityNote: «1»Reliable\n",
      ],
    ],
    problems: [
      {
        at: 1,
        code: "wrong-type",
        message:
          '`reliabilityNote` should be text in English and French (`en: …` and `fr: …` lines), but is the text "Reliable"',
      },
    ],
  },
  // ——— actor ———
  {
    kind: "actor",
    rule: "actor kind misspelt",
    edits: [["kind: state", "kind: «1»stat"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: "Did you mean `state`?",
        expected: "person, state, organisation, armed-group, military-unit",
      },
    ],
  },
  {
    kind: "actor",
    rule: "country that is not alpha-3",
    edits: [["country: MLI", "country: «1»ML"]],
    problems: [{ at: 1, code: "invalid-format", message: "ISO 3166-1 alpha-3" }],
  },
  {
    kind: "actor",
    rule: "country in lower case",
    edits: [["country: MLI", "country: «1»mli"]],
    problems: [{ at: 1, code: "invalid-format", message: "in capitals" }],
  },
  {
    kind: "actor",
    rule: "aliases as text instead of a list",
    edits: [["country: MLI", "country: MLI\naliases: «1»Republic of Mali"]],
    problems: [{ at: 1, code: "wrong-type", message: "`aliases` should be a list" }],
  },
  {
    kind: "actor",
    rule: "unknown key near `aliases`",
    edits: [["country: MLI", "country: MLI\n«1»alias: [Mali]"]],
    problems: [{ at: 1, code: "unknown-key", message: "Did you mean `aliases`?" }],
  },
  {
    kind: "actor",
    rule: "empty alias",
    edits: [["country: MLI", 'country: MLI\naliases: [«1»""]']],
    problems: [{ at: 1, code: "too-few", message: "`aliases[0]` must have at least 1 character" }],
  },
  {
    kind: "actor",
    rule: "role with a misspelt `from` and no title",
    // The title is missing for good; `from` is optional, so the misspelling only counts once.
    edits: [["country: MLI", 'country: MLI\nroles:\n  - «1»«2»form: "2024"']],
    problems: [
      { at: 1, code: "missing-field", message: "`roles[0].title` is missing" },
      {
        at: 2,
        code: "unknown-key",
        message: "unknown field `form` in `roles[0]`. Did you mean `from`?",
      },
    ],
  },
  {
    kind: "actor",
    rule: "role with an impossible start",
    edits: [
      [
        "country: MLI",
        'country: MLI\nroles:\n  - title: { en: President }\n    from: «1»"2024-11-31"',
      ],
    ],
    problems: [{ at: 1, code: "invalid-value", message: ["`roles[0].from`", "real day"] }],
  },
  // ——— place ———
  {
    kind: "place",
    rule: "geo precision 0",
    edits: [["geoPrecision: 1", "geoPrecision: «1»0"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: "geo precision is 1 (the place), 2 (near it) or 3 (the wider region)",
      },
    ],
  },
  {
    kind: "place",
    rule: "geo precision 4",
    edits: [["geoPrecision: 1", "geoPrecision: «1»4"]],
    problems: [{ at: 1, code: "invalid-value", message: "(found the number 4)" }],
  },
  {
    kind: "place",
    rule: "geo precision as text",
    edits: [["geoPrecision: 1", 'geoPrecision: «1»"1"']],
    problems: [{ at: 1, code: "invalid-value", message: 'found the text "1"' }],
  },
  {
    kind: "place",
    rule: "latitude beyond the pole",
    edits: [["lat: 12.64", "lat: «1»90.5"]],
    problems: [{ at: 1, code: "too-many", message: "`lat` must be at most 90" }],
  },
  {
    kind: "place",
    rule: "longitude beyond the antimeridian",
    edits: [["lon: -8.0", "lon: «1»-180.5"]],
    problems: [{ at: 1, code: "too-few", message: "`lon` must be at least -180" }],
  },
  {
    kind: "place",
    rule: "latitude as text",
    edits: [["lat: 12.64", 'lat: «1»"12.64"']],
    problems: [{ at: 1, code: "wrong-type", message: "`lat` should be a number" }],
  },
  {
    kind: "place",
    rule: "no country",
    edits: [["countries: [MLI]", "countries: «1»[]"]],
    problems: [{ at: 1, code: "too-few", message: "`countries` must have at least 1 item" }],
  },
  {
    kind: "place",
    rule: "place kind misspelt",
    edits: [["kind: capital", "kind: «1»captial"]],
    problems: [{ at: 1, code: "invalid-value", message: "Did you mean `capital`?" }],
  },
  // ——— event ———
  {
    kind: "event",
    rule: "event type misspelt",
    edits: [["type: express-intent-to-cooperate", "type: «1»vist"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: ['`type` is the text "vist"', "Did you mean `visit`?"],
        expected: "visit, host-visit",
      },
    ],
  },
  {
    kind: "event",
    rule: "status misspelt",
    edits: [
      [
        "type: express-intent-to-cooperate",
        "type: express-intent-to-cooperate\nstatus: «1»occured",
      ],
    ],
    problems: [{ at: 1, code: "invalid-value", message: "Did you mean `occurred`?" }],
  },
  {
    kind: "event",
    rule: "no pillar",
    edits: [["pillars: [security]", "pillars: «1»[]"]],
    problems: [{ at: 1, code: "too-few", message: "name at least one pillar" }],
  },
  {
    kind: "event",
    rule: "pillar misspelt",
    edits: [["pillars: [security]", "pillars: [«1»securty]"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: "`pillars[0]`",
        expected: "security, diplomatic, economic, environmental, humanitarian",
      },
    ],
  },
  {
    kind: "event",
    rule: "pillars as text",
    edits: [["pillars: [security]", "pillars: «1»security"]],
    problems: [{ at: 1, code: "wrong-type", message: "`pillars` should be a list" }],
  },
  {
    kind: "event",
    rule: "actor role misspelt",
    edits: [["{ actor: act-mali, role: target }", "{ actor: act-mali, role: «1»targt }"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: ["`actors[1].role`", "Did you mean `target`?"],
        expected: "source, target, participant, mediator",
      },
    ],
  },
  {
    kind: "event",
    rule: "event actor with an unknown key",
    edits: [
      ["{ actor: act-mali, role: target }", "{ actor: act-mali, role: target, «1»rol: host }"],
    ],
    problems: [
      {
        at: 1,
        code: "unknown-key",
        message: "unknown field `rol` in `actors[1]`. Did you mean `role`?",
      },
    ],
  },
  ...[0, 7].map(
    (grade): Row => ({
      kind: "event",
      rule: `credibility ${grade}`,
      edits: [["credibility: 2", `credibility: «1»${grade}`]],
      problems: [
        {
          at: 1,
          code: "invalid-value",
          message: [
            "`citations[0].credibility`",
            "credibility is a whole number from 1 (confirmed) to 6 (truth cannot be judged)",
            `the number ${grade}`,
          ],
        },
      ],
    }),
  ),
  {
    kind: "event",
    rule: "credibility with a fraction",
    edits: [["credibility: 2", "credibility: «1»2.5"]],
    problems: [{ at: 1, code: "invalid-value", message: "a whole number from 1" }],
  },
  {
    kind: "event",
    rule: "credibility as an Admiralty code",
    edits: [["credibility: 2", "credibility: «1»B2"]],
    problems: [{ at: 1, code: "invalid-value", message: 'the text "B2"' }],
  },
  {
    kind: "event",
    rule: "no citation",
    edits: [[EVENT_CITATIONS, "citations: «1»[]\n"]],
    problems: [{ at: 1, code: "too-few", message: "`citations`: cite at least one source" }],
  },
  {
    kind: "event",
    rule: "blank excerpt",
    edits: [
      [
        "excerpt: Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.",
        'excerpt: «1»" "',
      ],
    ],
    problems: [{ at: 1, code: "too-few", message: "an excerpt must quote the source" }],
  },
  {
    kind: "event",
    rule: "citation with an unknown key",
    edits: [["    credibility: 2", "    credibility: 2\n    «1»page: 4"]],
    problems: [
      {
        at: 1,
        code: "unknown-key",
        message: "unknown field `page` in `citations[0]`",
        expected: "locator",
      },
    ],
  },
  {
    kind: "event",
    rule: "translation in an unknown language",
    edits: [["    translation:\n", "    translation:\n      «1»es: Senegal y Malí\n"]],
    problems: [
      { at: 1, code: "unknown-key", message: "unknown field `es` in `citations[0].translation`" },
    ],
  },
  {
    kind: "event",
    rule: "date on 30 February",
    edits: [['date: { from: "2025-02-05", to: "2025-02-07" }', 'date: «1»"2025-02-30"']],
    problems: [{ at: 1, code: "invalid-value", message: ["`date`", "naming a real day"] }],
  },
  {
    kind: "event",
    rule: "date as a list",
    edits: [['date: { from: "2025-02-05", to: "2025-02-07" }', 'date: «1»["2025-02-05"]']],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: ["a range `{ from: …, to: … }`", "or `{ by: … }` (no later than)", "a list"],
      },
    ],
  },
  {
    kind: "event",
    rule: "date with an impossible range start",
    edits: [
      [
        'date: { from: "2025-02-05", to: "2025-02-07" }',
        'date: { from: «1»"2025-02-29", to: "2025-03-01" }',
      ],
    ],
    problems: [{ at: 1, code: "invalid-value", message: ["`date.from`", "real day"] }],
  },
  {
    kind: "event",
    rule: "date with a range start in month 13",
    edits: [
      [
        'date: { from: "2025-02-05", to: "2025-02-07" }',
        'date: { from: «1»"2024-13", to: "2025-03-01" }',
      ],
    ],
    problems: [
      { at: 1, code: "invalid-format", message: ["`date.from`", "YYYY-MM-DD, YYYY-MM or YYYY"] },
    ],
  },
  {
    kind: "event",
    rule: "dispute with a single reading",
    edits: [
      [
        "    credibility: 2\n",
        "    credibility: 2\ndisputes:\n  - field: date\n    note: { en: Unsure, fr: Incertain }\n    claims:\n      «1»- statement: { en: The fifth, fr: Le cinq }\n        citations: [{ source: src-ecofin, excerpt: x, credibility: 3, translation: { fr: x } }]\n",
      ],
    ],
    problems: [
      {
        at: 1,
        code: "too-few",
        message: "`disputes[0].claims`: a dispute needs at least two readings",
        expected: "at least 2 items",
      },
    ],
  },
  {
    kind: "event",
    rule: "dispute with no `note`",
    edits: [
      [
        "    credibility: 2\n",
        "    credibility: 2\ndisputes:\n  - «1»field: date\n    claims:\n      - statement: { en: A, fr: A }\n        citations: [{ source: src-ecofin, excerpt: x, credibility: 3, translation: { fr: x } }]\n      - statement: { en: B, fr: B }\n        citations: [{ source: src-ecofin, excerpt: y, credibility: 3, translation: { fr: y } }]\n",
      ],
    ],
    problems: [{ at: 1, code: "missing-field", message: "`disputes[0].note` is missing" }],
  },
  // ——— agreement ———
  {
    kind: "agreement",
    rule: "status misspelt",
    edits: [["status: signed", "status: «1»signd"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: "Did you mean `signed`?",
        expected: "announced, signed, in-force, suspended, terminated, unknown",
      },
    ],
  },
  {
    kind: "agreement",
    rule: "agreement kind misspelt",
    edits: [["kind: unspecified", "kind: «1»treatty"]],
    problems: [{ at: 1, code: "invalid-value", message: "Did you mean `treaty`?" }],
  },
  {
    kind: "agreement",
    rule: "no party",
    edits: [["parties: [act-senegal, act-mali]", "parties: «1»[]"]],
    problems: [{ at: 1, code: "too-few", message: "`parties` must have at least 1 item" }],
  },
  {
    kind: "agreement",
    rule: "no domain",
    edits: [["domains: [security]", "domains: «1»[]"]],
    problems: [{ at: 1, code: "too-few", message: "`domains` must have at least 1 item" }],
  },
  {
    kind: "agreement",
    rule: "signed on 31 June",
    edits: [['signed: "2025-02"', 'signed: «1»"2025-06-31"']],
    problems: [{ at: 1, code: "invalid-value", message: "naming a real day" }],
  },
  {
    kind: "agreement",
    rule: "party id with a space",
    edits: [["parties: [act-senegal, act-mali]", "parties: [act-senegal, «1»act mali]"]],
    problems: [
      { at: 1, code: "invalid-format", message: ["`parties[1]`", "an id is lower-case"] },
      // References are checked on records that fail their schema too.
      { at: 1, code: "dangling-reference", message: "no actor has the id `act mali`" },
    ],
  },
  // ——— indicator ———
  {
    kind: "indicator",
    rule: "value as text",
    edits: [["value: 419", 'value: «1»"419"']],
    problems: [
      { at: 1, code: "wrong-type", message: '`value` should be a number, but is the text "419"' },
    ],
  },
  {
    kind: "indicator",
    rule: "unit misspelt",
    edits: [["unit: km", "unit: «1»kms"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: ["Did you mean `km`?", "an ISO 4217 currency code (XOF, MRU, EUR…) or one of km,"],
      },
    ],
  },
  {
    kind: "indicator",
    rule: "flag as text",
    edits: [["key: true", 'key: «1»"yes"']],
    problems: [{ at: 1, code: "wrong-type", message: "`key` should be true or false" }],
  },
  {
    kind: "indicator",
    rule: "`yes` is text in YAML 1.2, not true",
    edits: [["key: true", "key: «1»yes"]],
    problems: [
      {
        at: 1,
        code: "wrong-type",
        message: '`key` should be true or false, but is the text "yes"',
      },
    ],
  },
  {
    kind: "indicator",
    rule: "period in month 13",
    edits: [["unit: km", 'unit: km\nperiod: «1»"2022-13"']],
    problems: [{ at: 1, code: "invalid-value", message: "`period`" }],
  },
  // ——— judgment ———
  {
    kind: "judgment",
    rule: "likelihood misspelt",
    edits: [["likelihood: very-likely", "likelihood: «1»very-likly"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: "Did you mean `very-likely`?",
        expected:
          "one of: almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely, very-likely, almost-certain",
      },
    ],
  },
  {
    kind: "judgment",
    rule: "likelihood outside the ICD 203 scale",
    edits: [["likelihood: very-likely", "likelihood: «1»probable"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: '`likelihood` is the text "probable"',
        expected: "roughly-even-chance",
      },
    ],
  },
  {
    kind: "judgment",
    rule: "likelihood as a percentage",
    edits: [["likelihood: very-likely", "likelihood: «1»85"]],
    problems: [{ at: 1, code: "invalid-value", message: "the number 85" }],
  },
  {
    kind: "judgment",
    rule: "confidence outside low/moderate/high",
    edits: [["confidence: moderate", "confidence: «1»medium"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: "`confidence`",
        expected: "one of: low, moderate, high",
      },
    ],
  },
  {
    kind: "judgment",
    rule: "no evidence",
    edits: [["evidence: [evt-pledge, ind-border]", "evidence: «1»[]"]],
    problems: [
      { at: 1, code: "too-few", message: "a judgment rests on at least one piece of evidence" },
    ],
  },
  {
    kind: "judgment",
    rule: "valid until an impossible day",
    edits: [["confidence: moderate", 'confidence: moderate\nvalidUntil: «1»"2025-09-31"']],
    problems: [{ at: 1, code: "invalid-value", message: ["`validUntil`", "real day"] }],
  },
  // ——— dataset ———
  {
    kind: "dataset",
    rule: "TLP 1.0 label",
    edits: [["tlp: TLP:CLEAR", "tlp: «1»TLP:WHITE"]],
    problems: [
      {
        at: 1,
        code: "invalid-value",
        message: '`tlp` is the text "TLP:WHITE"',
        expected: "one of: TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, TLP:GREEN, TLP:CLEAR",
      },
    ],
  },
  {
    kind: "dataset",
    rule: "TLP in lower case",
    edits: [["tlp: TLP:CLEAR", "tlp: «1»tlp:amber"]],
    problems: [{ at: 1, code: "invalid-value", message: "Did you mean `TLP:AMBER`?" }],
  },
  {
    kind: "dataset",
    rule: "TLP without its prefix",
    edits: [["tlp: TLP:CLEAR", "tlp: «1»GREEN"]],
    problems: [{ at: 1, code: "invalid-value", message: "`tlp`", expected: "TLP:GREEN" }],
  },
  {
    kind: "dataset",
    rule: "TLP AMBER+STRICT misspelt",
    edits: [["tlp: TLP:CLEAR", "tlp: «1»TLP:AMBER+STRIC"]],
    problems: [{ at: 1, code: "invalid-value", message: "Did you mean `TLP:AMBER+STRICT`?" }],
  },
  {
    kind: "dataset",
    rule: "dyad of one country",
    edits: [["dyad: [SEN, MLI]", "dyad: «1»[SEN]"]],
    problems: [{ at: 1, code: "too-few", message: "`dyad`" }],
  },
  {
    kind: "dataset",
    rule: "dyad of three countries",
    edits: [["dyad: [SEN, MLI]", "dyad: «1»[SEN, MLI, GIN]"]],
    problems: [{ at: 1, code: "too-many", message: "`dyad` must have at most 2 items" }],
  },
  {
    kind: "dataset",
    rule: "dyad with an alpha-2 code",
    edits: [["dyad: [SEN, MLI]", "dyad: [«1»SN, MLI]"]],
    problems: [{ at: 1, code: "invalid-format", message: ["`dyad[0]`", "ISO 3166-1 alpha-3"] }],
  },
  {
    kind: "dataset",
    rule: "language outside en/fr",
    edits: [["languages: [en, fr]", "languages: [en, «1»de]"]],
    problems: [
      { at: 1, code: "invalid-value", message: "`languages[1]`", expected: "one of: en, fr" },
    ],
  },
  {
    kind: "dataset",
    rule: "no language",
    edits: [["languages: [en, fr]", "languages: «1»[]"]],
    problems: [{ at: 1, code: "too-few", message: "`languages` must have at least 1 item" }],
  },
  {
    kind: "dataset",
    rule: "coverage as a single date",
    edits: [['coverage: { from: "2025-01", to: "2025-12" }', 'coverage: «1»"2025"']],
    problems: [{ at: 1, code: "wrong-type", message: "`coverage` should be a group of fields" }],
  },
  {
    kind: "dataset",
    rule: "coverage with no end",
    edits: [['coverage: { from: "2025-01", to: "2025-12" }', 'coverage: «1»{ from: "2025-01" }']],
    problems: [{ at: 1, code: "missing-field", message: "`coverage.to` is missing" }],
  },
  {
    kind: "dataset",
    rule: "cut-off on an impossible day",
    edits: [['cutoff: "2025-02-10"', 'cutoff: «1»"2025-02-31"']],
    problems: [{ at: 1, code: "invalid-value", message: ["`cutoff`", "real day"] }],
  },
  {
    kind: "dataset",
    rule: "unknown key near `licence`",
    edits: [["licence: CC-BY-4.0", "«1»license: CC-BY-4.0"]],
    problems: [
      // Reported once: not also as a missing `licence`.
      { at: 1, code: "unknown-key", message: "unknown field `license`. Did you mean `licence`?" },
    ],
  },
];

describe("schema rules", () => {
  it.each(SCHEMA_RULES)("$kind: $rule", async ({ kind, edits, problems }) => {
    const { marks, result } = await loadWith(kind, applying(edits));
    expectProblems({ marks, result }, problems);
  });
});
