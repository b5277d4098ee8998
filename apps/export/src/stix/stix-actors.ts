import { type Actor, localize, localizeOptional } from "@bilat/core";
import { alpha2Of, countryName } from "../country-names.js";
import { evidenceProperties } from "./external-references.js";
import { commonProperties, type StixContext, type StixObject } from "./stix-context.js";
import { stixId } from "./stix-id.js";

/** STIX's identity classes for bilat's actor kinds (armed groups become threat actors). */
const IDENTITY_CLASS = {
  person: "individual",
  state: "organization",
  organisation: "organization",
  "military-unit": "organization",
} as const;

const optional = <T>(key: string, value: T | undefined) =>
  value === undefined ? {} : { [key]: value };

/** An actor as an `identity`, or as a `threat-actor` when it is an armed group. */
export function actorObject(context: StixContext, actor: Actor): StixObject {
  const { lang, scoped } = context;
  const citations = [
    ...(actor.citations ?? []),
    ...(actor.roles ?? []).flatMap((r) => r.citations ?? []),
  ];
  const shared = {
    ...commonProperties(context),
    name: localize(actor.name, lang),
    ...optional("description", localizeOptional(actor.description, lang)),
    ...optional("aliases", actor.aliases && actor.aliases.length > 0 ? actor.aliases : undefined),
    ...evidenceProperties(context, citations),
    x_bilat_id: actor.id,
    x_bilat_dataset: scoped.dataset.info.id,
  };
  if (actor.kind === "armed-group") {
    // bilat records no motive or sophistication: "unknown" is STIX's word for that.
    return {
      type: "threat-actor",
      id: stixId("threat-actor", `${scoped.dataset.info.id}/${actor.id}`),
      ...shared,
      threat_actor_types: ["unknown"],
    };
  }
  const roles = (actor.roles ?? []).map((r) => localize(r.title, lang));
  return {
    type: "identity",
    id: stixId("identity", `${scoped.dataset.info.id}/${actor.id}`),
    ...shared,
    identity_class: IDENTITY_CLASS[actor.kind],
    ...optional("roles", roles.length > 0 ? roles : undefined),
    ...optional(
      "sectors",
      actor.kind === "state"
        ? ["government-national"]
        : actor.kind === "military-unit"
          ? ["defense"]
          : undefined,
    ),
    ...optional("x_bilat_country", actor.country),
  };
}

/** A country of the pair as a STIX `location` (shared by every dataset that names it). */
export function countryObject(context: StixContext, alpha3: string): StixObject {
  return {
    type: "location",
    id: stixId("location", `country/${alpha3}`),
    ...commonProperties(context),
    name: countryName(alpha3, context.lang),
    country: alpha2Of(alpha3) ?? alpha3,
    x_bilat_country: alpha3,
  };
}
