import { z } from "zod";
import { DisputesSchema } from "./dispute.js";
import { ReliabilitySchema } from "./grades.js";
import { IdSchema } from "./id.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { OutsideInformationListSchema } from "./outside-information.js";
import { DateSpecSchema } from "./partial-date.js";

export const SOURCE_KINDS = ["article", "communique", "report", "dataset", "interview"] as const;

/** A document the dataset draws on, graded for reliability (Admiralty A–F). */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(SOURCE_KINDS).default("article"),
    outlet: z.string().min(1).optional().meta({
      description: "Publisher or outlet, e.g. Agence Ecofin; leave out when the page names none.",
    }),
    title: z.string().min(1).meta({ description: "Title as published, in its own language." }),
    author: z.string().min(1).optional(),
    url: z.url({ error: "url" }).optional(),
    published: DateSpecSchema.meta({ description: "Publication date as printed." }),
    dateNote: LocalizedTextSchema.optional().meta({
      description: "How an ambiguous printed date was read, and why.",
    }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
        error: "language-tag",
      })
      .meta({ description: "Language of the source, BCP 47 (en, fr, …)." }),
    reliability: ReliabilitySchema,
    reliabilityNote: LocalizedTextSchema.meta({
      description: "One line on why this reliability grade.",
    }),
    archive: z
      .string()
      .regex(/^[A-Za-z0-9._/-]+$/, { error: "archive-path" })
      .optional()
      .meta({ description: "Archived text of the source, relative to the data folder." }),
    notes: LocalizedTextSchema.optional(),
    disputes: DisputesSchema,
    outsideInformation: OutsideInformationListSchema,
  })
  .meta({ title: "bilat source", description: "An article, communiqué, report or dataset." });
export type Source = z.infer<typeof SourceSchema>;
