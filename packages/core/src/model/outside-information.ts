import { z } from "zod";
import { LocalizedTextSchema } from "./localized-text.js";

/**
 * A statement of a record that none of its cited sources makes: the analyst's own knowledge or
 * another document. Outputs mark it so that a reader never takes it for what the sources say.
 */
export const OutsideInformationSchema = z
  .strictObject({
    field: z.string().min(1).optional().meta({
      description:
        "Dotted path of the field that holds the statement, e.g. `summary`, `roles.0.title`, `assessments.economic`; leave out when it is the whole record.",
    }),
    note: LocalizedTextSchema.meta({
      description: "Where the statement comes from, e.g. “ECOWAS communiqué of 29 January 2025”.",
    }),
  })
  .meta({ description: "A statement not found in the cited sources, and where it comes from." });
export type OutsideInformation = z.infer<typeof OutsideInformationSchema>;

export const OutsideInformationListSchema = z
  .array(OutsideInformationSchema)
  .optional()
  .meta({ description: "Statements of this record that come from outside its cited sources." });
