import { z } from "zod";
import { CitationsSchema } from "./citation.js";
import { DisputesSchema } from "./dispute.js";
import { EventTypeSchema } from "./event-type.js";
import { IdSchema } from "./id.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { OutsideInformationListSchema } from "./outside-information.js";
import { DateSpecSchema } from "./partial-date.js";
import { PillarSchema } from "./pillar.js";

export const EVENT_STATUSES = ["occurred", "ongoing", "announced", "planned"] as const;
export const ACTOR_ROLES = ["source", "target", "participant", "mediator"] as const;

/** An actor's part in an event: PLOVER's source (who acts) and target (who is acted on). */
export const EventActorSchema = z
  .strictObject({
    actor: IdSchema.meta({ description: "Id of the actor." }),
    role: z.enum(ACTOR_ROLES).meta({
      description:
        "source (acts; the visitor), target (acted on; the host), participant, mediator.",
    }),
    as: LocalizedTextSchema.optional().meta({ description: "Capacity, e.g. head of delegation." }),
  })
  .meta({ description: "An actor and the part it played." });
export type EventActor = z.infer<typeof EventActorSchema>;

/** Something that happened, or was announced, between or about the two countries. */
export const EventSchema = z
  .strictObject({
    id: IdSchema,
    date: DateSpecSchema,
    status: z.enum(EVENT_STATUSES).default("occurred").meta({
      description:
        "occurred, ongoing, announced or planned (only these may postdate their sources).",
    }),
    type: EventTypeSchema,
    pillars: z.array(PillarSchema).min(1, { error: "pillars-min" }),
    title: LocalizedTextSchema.meta({ description: "A short headline." }),
    summary: LocalizedTextSchema.meta({ description: "One to three sentences for a reader." }),
    actors: z.array(EventActorSchema).default([]),
    places: z.array(IdSchema).default([]).meta({ description: "Ids of the places involved." }),
    agreements: z.array(IdSchema).optional().meta({ description: "Ids of related agreements." }),
    citations: CitationsSchema,
    disputes: DisputesSchema,
    outsideInformation: OutsideInformationListSchema,
  })
  .meta({ title: "bilat event", description: "A dated event with actors, places and sources." });
export type Event = z.infer<typeof EventSchema>;
