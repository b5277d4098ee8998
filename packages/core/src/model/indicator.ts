import { z } from "zod";
import { CitationsSchema } from "./citation.js";
import { DisputesSchema } from "./dispute.js";
import { IdSchema } from "./id.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { OutsideInformationListSchema } from "./outside-information.js";
import { DateSpecSchema } from "./partial-date.js";
import { PillarSchema } from "./pillar.js";
import { UnitSchema } from "./units.js";

export { type Unit, UnitSchema } from "./units.js";

/** A figure, with its unit, the period it refers to and what it measures. */
export const IndicatorSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema.meta({ description: "What is measured, e.g. Length of the border." }),
    value: z
      .number()
      .meta({ description: "The figure in full units (1404.5 billion XOF is 1404500000000)." }),
    unit: UnitSchema,
    approximate: z
      .boolean()
      .default(false)
      .meta({ description: "The source gives it as approximate." }),
    period: DateSpecSchema.optional().meta({ description: "The period the figure refers to." }),
    scope: LocalizedTextSchema.meta({
      description: "What the figure covers, e.g. Senegal's exports to Africa.",
    }),
    pillars: z.array(PillarSchema).min(1),
    places: z.array(IdSchema).optional(),
    actors: z.array(IdSchema).optional(),
    key: z
      .boolean()
      .default(false)
      .meta({ description: "Shown among the key figures of a brief." }),
    citations: CitationsSchema,
    disputes: DisputesSchema,
    outsideInformation: OutsideInformationListSchema,
  })
  .meta({ title: "bilat indicator", description: "A figure with unit, period and source." });
export type Indicator = z.infer<typeof IndicatorSchema>;
