import { z } from "zod";
import { IdSchema } from "./id.js";
import { ConfidenceSchema, LikelihoodSchema } from "./likelihood.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { OutsideInformationListSchema } from "./outside-information.js";
import { PartialDateSchema } from "./partial-date.js";
import { PillarSchema } from "./pillar.js";

/** An analyst's key judgment: the only opinion in a dataset, graded with ICD 203 terms. */
export const JudgmentSchema = z
  .strictObject({
    id: IdSchema,
    statement: LocalizedTextSchema.meta({ description: "The judgment, one or two sentences." }),
    likelihood: LikelihoodSchema,
    confidence: ConfidenceSchema,
    basis: LocalizedTextSchema.optional().meta({ description: "Why, and what would change it." }),
    pillars: z.array(PillarSchema).optional(),
    evidence: z
      .array(IdSchema)
      .min(1, { error: "evidence-min" })
      .meta({ description: "Ids of the events, agreements, indicators or sources it rests on." }),
    validUntil: PartialDateSchema.optional(),
    outsideInformation: OutsideInformationListSchema,
  })
  .meta({ title: "bilat judgment", description: "An analyst's key judgment (ICD 203)." });
export type Judgment = z.infer<typeof JudgmentSchema>;
