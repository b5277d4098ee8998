import type { UnplacedProblem } from "../load/problem.js";
import { suggest } from "../load/suggest.js";
import type { RecordKind } from "../model/record-kinds.js";
import { type Check, type CheckContext, recordProblem } from "./check-context.js";
import { eachVisit, type Path, type Visit } from "./walk.js";

/** Which kinds each reference field may point to. */
const EVIDENCE_KINDS: RecordKind[] = ["event", "agreement", "indicator", "source"];
const SOURCE_KINDS: RecordKind[] = ["source"];

interface Reference {
  /** The path of the reference, from `at` when given: most references resolve, and need none built. */
  path: Path;
  at?: Visit;
  id: string;
  kinds: RecordKind[];
}

const pathOf = (ref: Reference): Path => (ref.at ? [...ref.at.path, ...ref.path] : ref.path);

/** Every id a record points to, with the kinds it may name. */
function referencesOf(kind: RecordKind, record: Record<string, unknown>): Reference[] {
  const refs: Reference[] = [];
  const list = (field: string, kinds: RecordKind[]) => {
    const value = record[field];
    if (Array.isArray(value)) {
      for (const [i, id] of value.entries())
        if (typeof id === "string") refs.push({ path: [field, i], id, kinds });
    }
  };
  eachVisit(record, (visit) => {
    const item = visit.node as Record<string, unknown>;
    // A citation anywhere (record, role, dispute claim) names a source.
    if (visit.parentKey === "citations" && typeof item.source === "string") {
      refs.push({ path: ["source"], at: visit, id: item.source, kinds: SOURCE_KINDS });
    }
  });
  if (kind === "event") {
    const actors = record.actors;
    if (Array.isArray(actors)) {
      for (const [i, a] of actors.entries())
        refs.push({ path: ["actors", i, "actor"], id: a.actor, kinds: ["actor"] });
    }
    list("places", ["place"]);
    list("agreements", ["agreement"]);
  }
  if (kind === "agreement") list("parties", ["actor"]);
  if (kind === "indicator") {
    list("places", ["place"]);
    list("actors", ["actor"]);
  }
  if (kind === "judgment") list("evidence", EVIDENCE_KINDS);
  if (kind === "actor" && Array.isArray(record.roles)) {
    for (const [i, role] of record.roles.entries()) {
      if (typeof role?.of === "string")
        refs.push({ path: ["roles", i, "of"], id: role.of, kinds: ["actor"] });
    }
  }
  return refs;
}

/** Every reference resolves to a record of a kind it may name. */
export const checkReferences: Check = (context: CheckContext) => {
  // When a file could not be read, an id "missing" here may well be in it: the problem says so.
  const unread = [...context.unread];
  const problems: UnplacedProblem[] = [];
  const all = [...context.records, ...context.invalid];
  // Ids of each set of kinds, and suggestions already made: computed once, not per reference.
  const idsOf = new Map<string, string[]>();
  const hints = new Map<string, string | undefined>();
  const suggestFor = (id: string, kinds: RecordKind[]) => {
    const key = kinds.join(" ");
    let candidates = idsOf.get(key);
    if (candidates === undefined) {
      candidates = [...context.ids].filter(([, seen]) => kinds.includes(seen.kind)).map(([i]) => i);
      idsOf.set(key, candidates);
    }
    const memo = `${key}\n${id}`;
    if (!hints.has(memo)) hints.set(memo, suggest(id, candidates));
    return hints.get(memo);
  };
  for (const { kind, record, origin } of all) {
    for (const ref of referencesOf(kind, record as Record<string, unknown>)) {
      const target = context.ids.get(ref.id);
      if (target === undefined) {
        const suggestion = suggestFor(ref.id, ref.kinds);
        problems.push(
          recordProblem(origin, pathOf(ref), {
            code: "dangling-reference",
            severity: "error",
            id: ref.id,
            kinds: ref.kinds,
            ...(suggestion && { suggestion }),
            unread,
          }),
        );
      } else if (!ref.kinds.includes(target.kind)) {
        problems.push(
          recordProblem(origin, pathOf(ref), {
            code: "wrong-reference-kind",
            severity: "error",
            id: ref.id,
            kind: target.kind,
            kinds: ref.kinds,
          }),
        );
      }
    }
  }
  return problems;
};
