import { z } from "zod";
import { languageCodes } from "../i18n/registry.js";
import { CountryCodeSchema, IdSchema } from "./id.js";
import { LanguageSchema, LocalizedTextSchema } from "./localized-text.js";
import { OutsideInformationListSchema } from "./outside-information.js";
import { DateRangeSchema, PartialDateSchema } from "./partial-date.js";
import { PILLARS, type Pillar } from "./pillar.js";
import { TlpSchema } from "./tlp.js";

/** The analyst's one-sentence assessment opening each pillar's section. */
const AssessmentsSchema = z
  .strictObject(
    Object.fromEntries(PILLARS.map((p) => [p, LocalizedTextSchema.optional()])) as Record<
      Pillar,
      z.ZodOptional<typeof LocalizedTextSchema>
    >,
  )
  .meta({ description: "One-sentence assessment opening each pillar's section (optional)." });

/** What a data folder is about: the country pair, the period covered, how it may be shared. */
export const DatasetInfoSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "Short id of the pair, used in file names, e.g. `sen-mli`." }),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    dyad: z
      .tuple([CountryCodeSchema, CountryCodeSchema])
      .meta({ description: "The two countries, ISO 3166-1 alpha-3, e.g. [SEN, MLI]." }),
    coverage: DateRangeSchema.meta({ description: "The period the dataset covers." }),
    cutoff: PartialDateSchema.meta({
      description: "Information cut-off: nothing published after this date was used.",
    }),
    languages: z
      .array(LanguageSchema)
      .min(1)
      // Every registered language, English and French first.
      .default(() => languageCodes()),
    tlp: TlpSchema,
    licence: z.string().min(1).meta({ description: "Licence of the dataset, e.g. CC-BY-4.0." }),
    publisher: LocalizedTextSchema.optional(),
    assessments: AssessmentsSchema.optional(),
    gaps: z
      .array(LocalizedTextSchema)
      .optional()
      .meta({ description: "Intelligence gaps the analyst identified: what remains unknown." }),
    outsideInformation: OutsideInformationListSchema,
  })
  .meta({ title: "bilat dataset", description: "The country pair and coverage of a data folder." });
export type DatasetInfo = z.infer<typeof DatasetInfoSchema>;
