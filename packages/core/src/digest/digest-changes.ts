import type { FieldChange, RecordChange } from "../edition/record-changes.js";
import { formatDate } from "../i18n/format-date.js";
import { formatNumber } from "../i18n/format-number.js";
import { fill, fillPlural, type Plural } from "../i18n/labels.js";
import type { Citation } from "../model/citation.js";
import type { DateSpec } from "../model/partial-date.js";
import { dateBounds } from "../model/partial-date.js";
import type { AnyRecord, RecordKind } from "../model/record-kinds.js";
import type { DigestContext } from "./digest-context.js";
import type { DigestChangeItem, DigestChanges, EditionComparison } from "./digest-edition-types.js";

/** The order in which a reader wants to hear of changes: what happened first, context last. */
const IMPORTANCE: RecordKind[] = [
  "event",
  "agreement",
  "indicator",
  "trend",
  "source",
  "actor",
  "place",
];

type Loose = Record<string, unknown>;

/** The record's title or name in the digest's language. */
function titleOf(ctx: DigestContext, kind: RecordKind, record: AnyRecord): string {
  const r = record as unknown as Loose;
  if (kind === "source") return String(r.title);
  if (kind === "trend") {
    const trend = r as {
      pillar: keyof typeof ctx.labels.pillars;
      trend: keyof typeof ctx.labels.trends.directions;
    };
    return fill(ctx.labels.phrases.labelled, {
      label: ctx.labels.pillars[trend.pillar],
      value: ctx.labels.trends.directions[trend.trend],
    });
  }
  const text = (r.title ?? r.name ?? r.statement) as Parameters<DigestContext["text"]>[0];
  return ctx.text(text);
}

/** The date a record is known by, when it has one. */
function dateOf(kind: RecordKind, record: AnyRecord): DateSpec | undefined {
  const r = record as unknown as Loose;
  const date =
    kind === "event"
      ? r.date
      : kind === "agreement"
        ? r.signed
        : kind === "source"
          ? r.published
          : r.period;
  return date as DateSpec | undefined;
}

/** "2 citations added, 1 removed": each non-zero count in its plural form. */
function counts(lang: DigestContext["lang"], parts: [Plural, number][]): string {
  return parts
    .filter(([, n]) => n > 0)
    .map(([forms, n]) => fillPlural(lang, forms, n))
    .join(", ");
}

/** What changed in a record, in the digest's words: "date (was 5, now 7 February 2025), wording". */
function describeFields(ctx: DigestContext, fields: readonly FieldChange[]): string {
  const { lang } = ctx;
  const words = ctx.labels.edition.fields;
  // Words, not an arrow: the brief's fonts have no arrow glyph.
  const was = (field: string, from: string, to: string) =>
    fill(ctx.labels.edition.fieldChanged, { field, from, to });
  const statuses: Record<string, string> = ctx.labels.eventStatuses;
  const statusWord = (status: string) => statuses[status] ?? status;
  return fields
    .map((f) => {
      switch (f.field) {
        case "date":
          return was(words.date, formatDate(f.before, lang), formatDate(f.after, lang));
        case "status":
          return was(words.status, statusWord(f.before), statusWord(f.after));
        case "likelihood":
          return fill(
            f.direction === "raised"
              ? ctx.labels.edition.likelihoodRaised
              : ctx.labels.edition.likelihoodLowered,
            {
              from:
                ctx.labels.likelihood[f.before as keyof typeof ctx.labels.likelihood] ?? f.before,
              to: ctx.labels.likelihood[f.after as keyof typeof ctx.labels.likelihood] ?? f.after,
            },
          );
        case "confidence":
          return fill(
            f.direction === "raised"
              ? ctx.labels.edition.confidenceRaised
              : ctx.labels.edition.confidenceLowered,
            {
              from:
                ctx.labels.confidence[f.before as keyof typeof ctx.labels.confidence] ?? f.before,
              to: ctx.labels.confidence[f.after as keyof typeof ctx.labels.confidence] ?? f.after,
            },
          );
        case "value":
          return was(words.value, formatNumber(f.before, lang), formatNumber(f.after, lang));
        case "unit":
          return was(words.unit, f.before, f.after);
        case "reliability":
          return was(words.reliability, f.before, f.after);
        case "citations":
          return counts(lang, [
            [words.citationsAdded, f.added.length],
            [words.citationsRemoved, f.removed.length],
          ]);
        case "disputes":
          return counts(lang, [
            [words.disputesOpened, f.opened.length],
            [words.disputesSettled, f.settled.length],
          ]);
        case "other":
          return words.wording;
      }
    })
    .join(", ");
}

function item(ctx: DigestContext, change: RecordChange): DigestChangeItem {
  const record = (change.after ?? change.before) as AnyRecord;
  const date = dateOf(change.kind, record);
  const citations = ((record as unknown as Loose).citations ?? []) as Citation[];
  return {
    id: change.id,
    kind: ctx.labels.edition.kinds[change.kind],
    title: titleOf(ctx, change.kind, record),
    date: date === undefined ? undefined : formatDate(date, ctx.lang),
    what: change.status === "changed" ? describeFields(ctx, change.fields) : undefined,
    citations: ctx.notes.cite(citations),
  };
}

/** Most important kind first, then the most recent. */
function byImportance(a: RecordChange, b: RecordChange): number {
  const kinds = IMPORTANCE.indexOf(a.kind) - IMPORTANCE.indexOf(b.kind);
  if (kinds !== 0) return kinds;
  const day = (c: RecordChange) => {
    const date = dateOf(c.kind, (c.after ?? c.before) as AnyRecord);
    return date === undefined ? "" : dateBounds(date).end;
  };
  return day(a) > day(b) ? -1 : day(a) < day(b) ? 1 : a.id < b.id ? -1 : 1;
}

/**
 * "What changed since the last edition": a one-line count, each key judgment's change, then
 * the records added, withdrawn and changed, most important first and at most `max` of each.
 * Citations are numbered here, right after the key judgments, where a reader meets them.
 */
export function digestChanges(
  ctx: DigestContext,
  comparison: EditionComparison,
  max: number | undefined,
): DigestChanges {
  const { revision, changes } = comparison;
  const { labels, lang } = ctx;
  const date = formatDate(revision.date, lang);
  const since = { ref: revision.ref, commit: revision.shortCommit, date };
  const judgments = changes.judgments
    .filter((j) => j.change !== "unchanged")
    .map((j) => ({
      id: j.id,
      statement: ctx.text(j.judgment.statement),
      change: judgmentChangeText(ctx, j),
    }));
  const others = changes.records.filter((r) => r.kind !== "judgment").sort(byImportance);
  const of = (status: RecordChange["status"]) => others.filter((r) => r.status === status);
  const limit = <T>(list: T[]) => (max === undefined ? list : list.slice(0, max));
  const added = of("added");
  const withdrawn = of("removed");
  const changed = of("changed");
  const counts = [
    added.length > 0 ? fillPlural(lang, labels.edition.added, added.length) : "",
    withdrawn.length > 0 ? fillPlural(lang, labels.edition.withdrawn, withdrawn.length) : "",
    changed.length > 0 ? fillPlural(lang, labels.edition.changed, changed.length) : "",
  ].filter((s) => s !== "");
  return {
    since,
    unchanged: changes.unchanged,
    summary: changes.unchanged
      ? fill(labels.edition.unchanged, { ref: revision.ref, date })
      : fill(labels.edition.summary, {
          ref: revision.ref,
          date,
          counts: counts.join(", ") || labels.edition.judgmentReworded,
        }),
    judgments,
    added: limit(added).map((c) => item(ctx, c)),
    withdrawn: limit(withdrawn).map((c) => item(ctx, c)),
    changed: limit(changed).map((c) => item(ctx, c)),
    totals: { added: added.length, withdrawn: withdrawn.length, changed: changed.length },
  };
}

/** A key judgment's change in words: "new", "likelihood lowered from very likely to …". */
export function judgmentChangeText(
  ctx: DigestContext,
  change: EditionComparison["changes"]["judgments"][number],
): string {
  const { edition } = ctx.labels;
  if (change.change === "new") return edition.judgmentNew;
  if (change.change === "withdrawn") return edition.judgmentWithdrawn;
  if (change.change === "unchanged") return edition.judgmentUnchanged;
  const fields = [change.likelihood, change.confidence].filter((f) => f !== undefined);
  const parts = fields.length > 0 ? [describeFields(ctx, fields)] : [];
  if (change.reworded) parts.push(edition.judgmentReworded);
  return parts.join(", ") || edition.judgmentReworded;
}
