import { z } from "zod";

/** The languages bilat writes its outputs in. */
export const LANGUAGES = ["en", "fr"] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

const text = z.string().trim().min(1, { error: "text must not be empty" });

/** Text written in English and French; one language may be missing (a warning, not an error). */
export const LocalizedTextSchema = z
  .strictObject({
    en: text.optional().meta({ description: "English text." }),
    fr: text.optional().meta({ description: "French text." }),
  })
  .refine((t) => t.en !== undefined || t.fr !== undefined, {
    error: "give the text in at least one language (`en` or `fr`)",
  })
  // minProperties carries the refinement above into the JSON Schema editors use.
  .meta({ description: "Text in English (`en`) and French (`fr`).", minProperties: 1 });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
