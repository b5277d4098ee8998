import { z } from "zod";

/** Admiralty (NATO) source reliability, A (completely reliable) to F (cannot be judged). */
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export const ReliabilitySchema = z.enum(RELIABILITY_GRADES).meta({
  description:
    "Admiralty source reliability: A Completely reliable, B Usually reliable, C Fairly reliable, D Not usually reliable, E Unreliable, F Reliability cannot be judged.",
});
export type Reliability = z.infer<typeof ReliabilitySchema>;

/** Admiralty information credibility, 1 (confirmed) to 6 (truth cannot be judged). */
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export const CredibilitySchema = z
  .union(
    CREDIBILITY_GRADES.map((g) => z.literal(g)) as [z.ZodLiteral<1>, ...z.ZodLiteral<number>[]],
    {
      error: "credibility",
    },
  )
  .meta({
    description:
      "Admiralty information credibility: 1 Confirmed by other sources, 2 Probably true, 3 Possibly true, 4 Doubtful, 5 Improbable, 6 Truth cannot be judged.",
  });
export type Credibility = (typeof CREDIBILITY_GRADES)[number];

/** The combined Admiralty code shown to readers, e.g. "B2". */
export function admiraltyCode(reliability: Reliability, credibility: Credibility): string {
  return `${reliability}${credibility}`;
}
