import { fill } from "../i18n/labels.js";
import type { OutsideInformation } from "../model/outside-information.js";
import type { DigestContext } from "./digest-context.js";
import type { DigestOutside } from "./digest-types.js";

/**
 * The marks of outside information of a record, worded for a reader: both outputs print `text`
 * next to the statement so it is never taken for what the cited sources say. `keep` selects the
 * marks of some fields only (e.g. one pillar's assessment in dataset.yaml).
 */
export function digestOutside(
  ctx: DigestContext,
  marks: readonly OutsideInformation[] | undefined,
  keep: (field: string | undefined) => boolean = () => true,
): DigestOutside[] {
  return (marks ?? [])
    .filter((m) => keep(m.field))
    .map((m) => {
      const note = ctx.text(m.note);
      return {
        field: m.field,
        note,
        text: fill(ctx.labels.phrases.outsideSources, { note }),
      };
    });
}

/** True when a dotted field path is `field` or lies inside it (`assessments.security.en`). */
export const within = (field: string) => (path: string | undefined) =>
  path !== undefined && (path === field || path.startsWith(`${field}.`));
