import { z } from "zod";
import { sealLanguages } from "../i18n/registry.js";
import { CredibilitySchema } from "./grades.js";
import { IdSchema } from "./id.js";

/** The rendering of an excerpt in the languages it was not written in. */
const TranslationSchema = z.lazy(() =>
  z
    .strictObject(
      Object.fromEntries(
        sealLanguages("a schema was built").map((code) => [
          code,
          z.string().trim().min(1).optional(),
        ]),
      ),
    )
    .meta({ description: "The excerpt rendered in the other language(s)." }),
);

/** The support a source gives to a record: its words, and how far they are to be believed. */
export const CitationSchema = z
  .strictObject({
    source: IdSchema.meta({ description: "Id of the source record." }),
    excerpt: z
      .string()
      .trim()
      .min(1, { error: "excerpt-empty" })
      .meta({ description: "The supporting passage, verbatim, in the source's language." }),
    translation: TranslationSchema.optional(),
    credibility: CredibilitySchema,
    locator: z
      .string()
      .optional()
      .meta({ description: "Where in the source, e.g. `paragraph 4`." }),
  })
  .meta({ description: "A source's support for a record, with its Admiralty credibility." });
export type Citation = z.infer<typeof CitationSchema>;

export const CitationsSchema = z
  .array(CitationSchema)
  .min(1, { error: "citations-min" })
  .meta({ description: "The sources that support this record (at least one)." });
