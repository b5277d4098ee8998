import type { Tlp } from "@bilat/core";

/** The OASIS extension that defines TLP 2.0 marking definitions. */
export const TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

/** The official TLP 2.0 marking-definition identifiers (OASIS cti-stix-common-objects). */
export const TLP2_MARKING_IDS: Record<Tlp, string> = {
  "TLP:CLEAR": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
  "TLP:GREEN": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
  "TLP:AMBER": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
  "TLP:AMBER+STRICT": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
  "TLP:RED": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
};

/** The TLP 2.0 marking definition, exactly as OASIS publishes it. */
export function tlpMarking(tlp: Tlp) {
  return {
    type: "marking-definition",
    spec_version: "2.1",
    id: TLP2_MARKING_IDS[tlp],
    created: "2022-10-01T00:00:00.000Z",
    name: tlp,
    extensions: {
      [TLP2_EXTENSION]: {
        extension_type: "property-extension",
        tlp_2_0: tlp.slice("TLP:".length).toLowerCase(),
      },
    },
  };
}
