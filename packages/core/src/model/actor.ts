import { z } from "zod";
import { CitationSchema } from "./citation.js";
import { CountryCodeSchema, IdSchema } from "./id.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { OutsideInformationListSchema } from "./outside-information.js";
import { PartialDateSchema } from "./partial-date.js";

export const ACTOR_KINDS = [
  "person",
  "state",
  "organisation",
  "armed-group",
  "military-unit",
] as const;

/** A position an actor held, e.g. minister of the armed forces, with its dates where known. */
export const RoleSchema = z
  .strictObject({
    title: LocalizedTextSchema.meta({
      description: "The position, e.g. Minister of the Armed Forces.",
    }),
    of: IdSchema.optional().meta({ description: "Id of the state or organisation served." }),
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
    citations: z.array(CitationSchema).optional(),
  })
  .meta({ description: "A role held, with its dates where known." });
export type Role = z.infer<typeof RoleSchema>;

/** A person, state, organisation or armed group that takes part in events. */
export const ActorSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(ACTOR_KINDS),
    name: LocalizedTextSchema,
    shortName: LocalizedTextSchema.optional().meta({ description: "Acronym or short form." }),
    aliases: z.array(z.string().min(1)).optional(),
    country: CountryCodeSchema.optional(),
    roles: z.array(RoleSchema).optional(),
    description: LocalizedTextSchema.optional(),
    citations: z.array(CitationSchema).optional(),
    outsideInformation: OutsideInformationListSchema,
  })
  .meta({ title: "bilat actor", description: "A person, state, organisation or armed group." });
export type Actor = z.infer<typeof ActorSchema>;
