import { z } from "zod";
import { CitationSchema } from "./citation.js";
import { IdSchema } from "./id.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { OutsideInformationListSchema } from "./outside-information.js";
import { DateSpecSchema } from "./partial-date.js";
import { PillarSchema } from "./pillar.js";

/** CrisisWatch's trend words: how a pillar moved over a period. */
export const TREND_DIRECTIONS = ["deteriorated", "improved", "unchanged"] as const;
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];

/** CrisisWatch's alerts: a risk of escalation, or an opening for progress, in the coming month. */
export const TREND_ALERTS = ["conflict-risk", "resolution-opportunity"] as const;
export type TrendAlert = (typeof TREND_ALERTS)[number];

/**
 * The analyst's reading of how one pillar of the relationship moved over a period, with a
 * one-sentence reason: sourced by citations, or marked as the analyst's own judgment.
 */
export const TrendSchema = z
  .strictObject({
    id: IdSchema,
    pillar: PillarSchema,
    period: DateSpecSchema.meta({ description: "The month, quarter (a range) or year it covers." }),
    trend: z.enum(TREND_DIRECTIONS).meta({
      description: "deteriorated, improved or unchanged over the period.",
    }),
    alert: z.enum(TREND_ALERTS).optional().meta({
      description: "conflict-risk or resolution-opportunity for the period ahead.",
    }),
    reason: LocalizedTextSchema.meta({ description: "Why, in one sentence." }),
    citations: z.array(CitationSchema).optional(),
    analystJudgment: z.boolean().default(false).meta({
      description: "True when the trend is the analyst's reading rather than a sourced fact.",
    }),
    outsideInformation: OutsideInformationListSchema,
  })
  .refine((t) => t.analystJudgment || (t.citations?.length ?? 0) > 0, {
    error: "a trend cites at least one source, or says `analystJudgment: true`",
    path: ["citations"],
  })
  .meta({
    title: "bilat trend",
    description: "A CrisisWatch-style trend of one pillar over a period.",
  });
export type Trend = z.infer<typeof TrendSchema>;
