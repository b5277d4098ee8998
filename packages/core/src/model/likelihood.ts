import { z } from "zod";

/** ICD 203 expressions of likelihood, from least to most likely, with their probability ranges. */
export const LIKELIHOODS = [
  "almost-no-chance",
  "very-unlikely",
  "unlikely",
  "roughly-even-chance",
  "likely",
  "very-likely",
  "almost-certain",
] as const;
export const LikelihoodSchema = z.enum(LIKELIHOODS).meta({
  description:
    "ICD 203 likelihood: almost-no-chance (1-5%), very-unlikely (5-20%), unlikely (20-45%), roughly-even-chance (45-55%), likely (55-80%), very-likely (80-95%), almost-certain (95-99%).",
});
export type Likelihood = z.infer<typeof LikelihoodSchema>;

export const LIKELIHOOD_RANGES: Record<Likelihood, readonly [number, number]> = {
  "almost-no-chance": [1, 5],
  "very-unlikely": [5, 20],
  unlikely: [20, 45],
  "roughly-even-chance": [45, 55],
  likely: [55, 80],
  "very-likely": [80, 95],
  "almost-certain": [95, 99],
};

/** ICD 203 analytic confidence, stated apart from likelihood. */
export const CONFIDENCE_LEVELS = ["low", "moderate", "high"] as const;
export const ConfidenceSchema = z
  .enum(CONFIDENCE_LEVELS)
  .meta({ description: "Analytic confidence: low, moderate or high." });
export type Confidence = z.infer<typeof ConfidenceSchema>;
