import { z } from "zod";

/** FIRST Traffic Light Protocol 2.0 labels, written exactly so in every language. */
export const TLP_LABELS = [
  "TLP:RED",
  "TLP:AMBER+STRICT",
  "TLP:AMBER",
  "TLP:GREEN",
  "TLP:CLEAR",
] as const;
export const TlpSchema = z
  .enum(TLP_LABELS)
  .meta({ description: "FIRST TLP 2.0 label, e.g. TLP:CLEAR, TLP:GREEN, TLP:AMBER." });
export type Tlp = z.infer<typeof TlpSchema>;

/** TLP 2.0 text colours, shown on a black background. */
export const TLP_COLOURS: Record<Tlp, string> = {
  "TLP:RED": "#FF2B2B",
  "TLP:AMBER+STRICT": "#FFC000",
  "TLP:AMBER": "#FFC000",
  "TLP:GREEN": "#33FF00",
  "TLP:CLEAR": "#FFFFFF",
};
