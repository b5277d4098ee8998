import type { FoundValue } from "../../../load/found-value.js";
import type { ExpectedType, Limit } from "../../../load/problem.js";
import type { RecordKind } from "../../../model/record-kinds.js";
import type { SchemaRule } from "../../../model/rules.js";
import { languageNamer } from "../../language-names.js";
import type { ProblemMessages } from "../../problem-messages.js";

/** "and in 3 more places", after the places a problem names. */
const morePlaces = (more: number | undefined) =>
  more ? ` and in ${more} more place${more === 1 ? "" : "s"}` : "";

// The validator's words in English, written from each problem's payload.

const languageName = languageNamer("en");

/** Names a YAML value the way an analyst would: text, a number, a list… */
export function describeValue(found: FoundValue): string {
  switch (found.type) {
    case "nothing":
      return "nothing";
    case "empty":
      return "an empty value";
    case "text":
      return `the text "${found.text}"`;
    case "number":
      return `the number ${found.value}`;
    case "boolean":
      return `\`${found.value}\``;
    case "list":
      return "a list";
    case "fields":
      return "a group of fields";
  }
}

function describeExpected(type: ExpectedType): string {
  if (typeof type === "object") {
    if ("localizedText" in type) {
      const langs = type.localizedText;
      const named = listAnd(langs.map((l) => languageName(l)));
      return `text in ${named} (${listAnd(langs.map((l) => `\`${l}: …\``))} lines)`;
    }
    return type.other;
  }
  switch (type) {
    case "text":
      return "text";
    case "number":
      return "a number";
    case "whole-number":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "list":
      return "a list";
    case "fields":
      return "a group of fields (`key: value` lines)";
  }
}

export const RULES: Record<SchemaRule, string> = {
  "id-format":
    "an id is lower-case letters, digits and single hyphens, e.g. `evt-2025-02-05-diop-bamako`",
  "country-code": "a country is an ISO 3166-1 alpha-3 code in capitals, e.g. `SEN`",
  "text-empty": "text must not be empty",
  "text-in-some-language": "give the text in at least one language (`en`, `fr`…)",
  url: "a link is a full URL starting with http:// or https://",
  "language-tag": "a language is a BCP 47 tag such as `en` or `fr`",
  "archive-path": "an archive path is relative to the data folder",
  "excerpt-empty": "an excerpt must quote the source",
  "citations-min": "cite at least one source",
  credibility: "credibility is a whole number from 1 (confirmed) to 6 (truth cannot be judged)",
  "partial-date":
    "a date is YYYY-MM-DD, YYYY-MM or YYYY naming a real day, e.g. `2025-02-20` or `2025-02`",
  "date-spec":
    "a date is YYYY-MM-DD, YYYY-MM or YYYY naming a real day, a range `{ from: …, to: … }`, or `{ by: … }` (no later than)",
  "geo-precision": "geo precision is 1 (the place), 2 (near it) or 3 (the wider region)",
  "evidence-min": "a judgment rests on at least one piece of evidence",
  "pillars-min": "name at least one pillar",
  "dispute-readings": "a dispute needs at least two readings",
};

/** A word with its indefinite article: "an event", "a source". */
const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
const listWith = (words: readonly string[], last: string) =>
  words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1)}`;
const listOr = (words: readonly string[]) => listWith(words, "or");
const listAnd = (words: readonly string[]) => listWith(words, "and");
const kinds = (k: readonly RecordKind[]) => listOr(k);
const at = (field: string) => (field === "" ? "the record" : `\`${field}\``);
const didYouMean = (suggestion: string | undefined) =>
  suggestion === undefined ? "" : ` Did you mean \`${suggestion}\`?`;
const oneOf = (values: readonly string[]) => `one of: ${values.join(", ")}`;
const why = (p: { rule?: SchemaRule; note?: string }) =>
  p.rule !== undefined ? RULES[p.rule] : p.note;

function limit(p: Limit, many: boolean): { message: string; expected: string } {
  const bound = many ? "at least" : "at most";
  const what =
    p.origin === "array"
      ? `${bound} ${p.limit} item${p.limit === 1 ? "" : "s"}`
      : p.origin === "string"
        ? `${bound} ${p.limit} character${p.limit === 1 ? "" : "s"}`
        : `${bound} ${p.limit}`;
  const verb = p.origin === "array" || p.origin === "string" ? "have" : "be";
  const reason = why(p);
  return {
    message: reason
      ? `${at(p.field)}: ${reason}`
      : `${at(p.field)} must ${verb} ${what}, but is ${describeValue(p.found)}`,
    expected: what,
  };
}

export const PROBLEMS: ProblemMessages = {
  "yaml-syntax": (p) => ({ message: `the YAML cannot be read: ${p.reason}` }),
  "json-syntax": (p) => ({ message: `the JSON cannot be read: ${p.reason}` }),
  "yaml-alias-limit": () => ({
    message: "the YAML uses aliases (*name) that expand to far more data than the file holds",
  }),
  "file-too-large": (p) => ({
    message: `the file is ${p.megabytes} MB; split it into files under ${p.limitMegabytes} MB`,
  }),
  "file-unreadable": (p) => ({
    message:
      p.target === "folder"
        ? p.reason === "ENOENT"
          ? "the data folder does not exist"
          : `the data folder cannot be read (${p.reason})`
        : `the file cannot be read (${p.reason === "unknown" ? "unknown error" : p.reason})`,
  }),
  "empty-file": () => ({ message: "the file holds no record" }),
  "not-a-record": (p) => ({
    message: `expected ${withArticle(p.kind)} record (a group of \`key: value\` fields), found ${describeValue(p.found)}`,
  }),
  "unknown-folder": (p) =>
    p.folder === undefined
      ? {
          message: `this file is not read: records go in the folders ${p.folders.join(", ")}, and the dataset's description in ${p.datasetFile}`,
        }
      : {
          message: `the folder \`${p.folder}\` is not one bilat reads.${didYouMean(p.suggestion)}`,
          expected: oneOf(p.folders),
        },
  "dataset-file-name": (p) => ({
    message: `the dataset's description is read from ${p.datasetFile} only, not ${p.found}: rename the file (JSON is valid YAML)`,
  }),
  "missing-dataset-file": (p) => ({
    message: `the data folder has no ${p.datasetFile} describing the country pair, coverage and TLP`,
  }),
  "missing-field": (p) => {
    const detail = why(p);
    const expected = p.allowed
      ? oneOf(p.allowed)
      : p.expectedType !== undefined
        ? describeExpected(p.expectedType)
        : undefined;
    return {
      message: `${at(p.field)} is missing${detail ? ` (${detail})` : ""}`,
      ...(expected !== undefined && { expected }),
    };
  },
  "wrong-type": (p) => {
    const expected = describeExpected(p.expectedType);
    return {
      message: `${at(p.field)} should be ${expected}, but is ${describeValue(p.found)}`,
      expected,
    };
  },
  "invalid-value": (p) =>
    p.allowed
      ? {
          message: `${at(p.field)} is ${describeValue(p.found)}, which is not an accepted value.${didYouMean(p.suggestion)}`,
          expected: oneOf(p.allowed),
        }
      : {
          message: `${at(p.field)}: ${why(p) ?? "this value is not accepted"} (found ${describeValue(p.found)})`,
        },
  "unknown-key": (p) => ({
    message: `unknown field \`${p.key}\`${p.parent ? ` in \`${p.parent}\`` : ""}.${didYouMean(p.suggestion)}`,
    ...(p.allowed.length > 0 && { expected: oneOf(p.allowed) }),
  }),
  "too-few": (p) => limit(p, true),
  "too-many": (p) => limit(p, false),
  "invalid-format": (p) => ({
    message: `${at(p.field)}: ${why(p) ?? "this value is not accepted"} (found ${describeValue(p.found)})`,
  }),
  "duplicate-id": (p) => ({
    message: `the id \`${p.id}\` is also used by ${p.others
      .map((o) => `the ${o.kind} in ${o.file}${o.item === undefined ? "" : ` (item ${o.item})`}`)
      .join(" and by ")}`,
    expected: "an id used by no other record",
  }),
  "dangling-reference": (p) => ({
    message: `no ${kinds(p.kinds)} has the id \`${p.id}\`.${didYouMean(p.suggestion)}${
      p.unread.length > 0
        ? ` (It may be in ${p.unread.join(", ")}, which could not be read: fix that first.)`
        : ""
    }`,
    expected: `the id of ${withArticle(kinds(p.kinds))} in the data folder`,
  }),
  "wrong-reference-kind": (p) => ({
    message: `\`${p.id}\` is ${withArticle(p.kind)}, but this field names ${withArticle(kinds(p.kinds))}`,
    expected: `the id of ${withArticle(kinds(p.kinds))}`,
  }),
  "range-order": (p) => ({
    message: `the period ends (${p.to}) before it starts (${p.from})`,
    expected: "`to` on or after `from`",
  }),
  "dated-after-sources": (p) =>
    p.by
      ? {
          message: `the event is reported by ${p.date}, after every source that reports it was published (latest ${p.latest}): no source can vouch for it that late`,
          expected: `\`by:\` on or before ${p.latest}, the latest source's publication`,
        }
      : {
          message: `the event is dated ${p.date}, after every source that reports it was published (latest ${p.latest})`,
          expected: "a date on or before the latest source, or `status: announced` / `planned`",
        },
  "outside-coverage": (p) => ({
    message: `the event lies outside the dataset's coverage (${p.start} to ${p.end})`,
  }),
  "missing-translation": (p) => ({
    message: p.excerpt
      ? `the excerpt has no ${p.lang} rendering (\`translation.${p.lang}\`)`
      : `\`${p.field}\` has no ${p.lang} text`,
  }),
  "invalid-dispute": (p) => ({
    message: `${withArticle(p.kind)} has no field \`${p.field}\` to dispute.${didYouMean(p.suggestion)}`,
    expected: oneOf(p.fields),
  }),
  "unknown-country": (p) => ({
    message: `\`${p.found}\` is not an ISO 3166-1 alpha-3 country code.${
      p.suggestions.length > 0
        ? ` Did you mean ${p.suggestions.map((s) => `\`${s.code}\` (${s.name})`).join(" or ")}?`
        : ""
    }`,
    expected: "an ISO 3166-1 alpha-3 code that exists, e.g. SEN, MLI, MRT, FRA",
  }),
  "missing-archive": (p) => ({
    message: `the archived copy \`${p.archive}\` does not exist in the data folder`,
  }),
  "unprinted-script": (p) => ({
    message: `the text uses the ${p.script} script (${p.codePoint} "${p.char}"), which no font of the PDF brief prints: it shows there as code points`,
    expected: `text in the ${p.printed.join(", ")} scripts, or emoji`,
  }),
  "overlapping-trends": (p) => ({
    message: `this ${p.pillar} trend's period overlaps that of \`${p.other}\`: one trend per pillar and period`,
    expected: "periods of the same pillar that do not overlap (e.g. one per month)",
  }),
  "excerpt-not-in-archive": (p) => ({
    message: `the excerpt is not in the archived text of \`${p.source}\` (${p.archive}); ${
      p.closest === undefined
        ? "no passage of the archive comes close to it"
        : `the archive reads: «${p.closest}»`
    }`,
    expected:
      "the passage exactly as the archive gives it (only white space may differ), or the right source",
  }),
  "source-without-archive": (p) => ({
    message: `\`${p.source}\` has no archived text (\`archive\`), so ${
      p.quotations === 1 ? "its quotation" : `its ${p.quotations} quotations`
    } cannot be checked`,
    expected: `\`archive: archive/${p.source}.txt\`, the source's text saved in the data folder`,
  }),
  "inconsistent-credibility": (p) => ({
    message: `this excerpt of \`${p.source}\` is graded ${p.credibility} here but ${p.others
      .map((o) => `${o.credibility} in ${o.file}${o.item === undefined ? "" : ` (item ${o.item})`}`)
      .join(", ")}${morePlaces(p.more)}`,
    expected: "one credibility for the same passage of the same source",
  }),
  "uncited-source": (p) => ({
    message: `no record cites \`${p.source}\``,
    expected: "a citation of this source in some record, or no such source",
  }),
  "approximate-place-without-note": (p) => ({
    message: `the coordinates of \`${p.place}\` are approximate (geo precision ${p.geoPrecision}) but no \`note\` says how they were chosen`,
    expected: `\`note: { ${p.languages.map((l) => `${l}: …`).join(", ")} }\`, e.g. “centre of the commune”`,
  }),
  "invalid-outside-information": (p) => ({
    message: `${withArticle(p.kind)} has no \`${p.at}\` to mark as outside information.${didYouMean(p.suggestion)}`,
    expected:
      p.known.length > 0
        ? `a dotted path in the record, starting with one of: ${p.known.join(", ")}`
        : "a dotted path to a field of the record, e.g. `summary` or `roles.0.title`",
  }),
};
