import type { Credibility, Likelihood } from "@bilat/core";

/**
 * ICD 203 likelihood terms to STIX confidence, through the DNI scale of STIX 2.1's appendix
 * ("Confidence scales"): each term maps to the value the specification gives it.
 */
export const DNI_CONFIDENCE: Record<Likelihood, number> = {
  "almost-no-chance": 5,
  "very-unlikely": 15,
  unlikely: 30,
  "roughly-even-chance": 50,
  likely: 70,
  "very-likely": 85,
  "almost-certain": 95,
};

/**
 * Admiralty information credibility to STIX confidence, after the specification's Admiralty
 * Credibility scale; 6 (truth cannot be judged) has no value there, so confidence is left out.
 */
export const ADMIRALTY_CONFIDENCE: Record<Credibility, number | undefined> = {
  1: 90,
  2: 70,
  3: 50,
  4: 30,
  5: 10,
  6: undefined,
};
