import { z } from "zod";
import { CitationsSchema } from "./citation.js";
import { DisputesSchema } from "./dispute.js";
import { IdSchema } from "./id.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { OutsideInformationListSchema } from "./outside-information.js";
import { DateSpecSchema } from "./partial-date.js";
import { PillarSchema } from "./pillar.js";

export const AGREEMENT_KINDS = [
  "agreement",
  "memorandum-of-understanding",
  "framework",
  "treaty",
  "protocol",
  "declaration",
  "unspecified",
] as const;
export const AGREEMENT_STATUSES = [
  "announced",
  "signed",
  "in-force",
  "suspended",
  "terminated",
  "unknown",
] as const;

/** An accord, memorandum or framework between the parties. */
export const AgreementSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(AGREEMENT_KINDS),
    title: LocalizedTextSchema,
    signed: DateSpecSchema.optional().meta({ description: "When it was signed, where known." }),
    parties: z.array(IdSchema).min(1).meta({ description: "Ids of the parties (actors)." }),
    domains: z.array(PillarSchema).min(1),
    status: z.enum(AGREEMENT_STATUSES),
    summary: LocalizedTextSchema,
    citations: CitationsSchema,
    disputes: DisputesSchema,
    outsideInformation: OutsideInformationListSchema,
  })
  .meta({ title: "bilat agreement", description: "An accord, MoU or framework." });
export type Agreement = z.infer<typeof AgreementSchema>;
