import { z } from "zod";

/** The five pillars of a bilateral relationship that bilat reports on, in reporting order. */
export const PILLARS = [
  "security",
  "diplomatic",
  "economic",
  "environmental",
  "humanitarian",
] as const;
export const PillarSchema = z.enum(PILLARS).meta({
  description: "Pillar: security, diplomatic, economic, environmental or humanitarian.",
});
export type Pillar = z.infer<typeof PillarSchema>;
