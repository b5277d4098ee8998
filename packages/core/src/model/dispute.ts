import { z } from "zod";
import { CitationsSchema } from "./citation.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { DateSpecSchema } from "./partial-date.js";

/** One side of a disagreement between sources: what it says, and who says it. */
export const ClaimSchema = z
  .strictObject({
    statement: LocalizedTextSchema.meta({ description: "What this reading says, for a reader." }),
    value: z.union([DateSpecSchema, z.number(), z.string()]).optional().meta({
      description: "The value this reading gives to the disputed field, when it has one.",
    }),
    citations: CitationsSchema,
  })
  .meta({ description: "One reading of a disputed fact, with the citations that support it." });
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * A fact on which sources disagree or leave doubt. The record keeps a working value in `field`;
 * the dispute keeps every reading with its citations so outputs can show the disagreement.
 */
export const DisputeSchema = z
  .strictObject({
    field: z
      .string()
      .min(1)
      .meta({ description: "The field of this record whose value is in doubt, e.g. `date`." }),
    note: LocalizedTextSchema.meta({ description: "What is in doubt, in one or two sentences." }),
    claims: z
      .array(ClaimSchema)
      .min(2, { error: "dispute-readings" })
      .meta({ description: "Every reading, each with its citations." }),
  })
  .meta({ description: "A disagreement between sources, or a doubt they leave open." });
export type Dispute = z.infer<typeof DisputeSchema>;

export const DisputesSchema = z
  .array(DisputeSchema)
  .optional()
  .meta({ description: "Facts of this record on which the sources disagree." });
