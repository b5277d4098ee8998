import { z } from "zod";

/**
 * Event types after PLOVER's cooperation families (with the nearest CAMEO root code), plus the
 * conflict and incident types that bilateral reporting needs. In a visit the visitor is the
 * `source` actor and the host the `target`.
 */
export const EVENT_TYPES = {
  visit: { family: "consult", cameo: "042", label: "Make a visit" },
  "host-visit": { family: "consult", cameo: "043", label: "Host a visit" },
  "meet-third-location": { family: "consult", cameo: "044", label: "Meet at a third location" },
  "multilateral-meeting": { family: "consult", cameo: "045", label: "Multilateral meeting" },
  "sign-agreement": { family: "agree", cameo: "057", label: "Sign a formal agreement" },
  "express-intent-to-cooperate": {
    family: "agree",
    cameo: "03",
    label: "Express intent to cooperate",
  },
  "military-cooperation": { family: "cooperate", cameo: "062", label: "Military cooperation" },
  "joint-patrol": { family: "cooperate", cameo: "062", label: "Joint patrol" },
  training: { family: "cooperate", cameo: "062", label: "Training or exchange" },
  "intelligence-cooperation": {
    family: "cooperate",
    cameo: "064",
    label: "Intelligence cooperation",
  },
  "economic-cooperation": { family: "cooperate", cameo: "061", label: "Economic cooperation" },
  "judicial-cooperation": { family: "cooperate", cameo: "063", label: "Judicial cooperation" },
  "environmental-cooperation": {
    family: "cooperate",
    cameo: "06",
    label: "Environmental cooperation",
  },
  "economic-aid": { family: "aid", cameo: "071", label: "Economic aid" },
  "military-aid": { family: "aid", cameo: "072", label: "Military aid" },
  "humanitarian-aid": { family: "aid", cameo: "073", label: "Humanitarian aid" },
  "policy-measure": { family: "policy", cameo: "", label: "Policy measure" },
  statement: { family: "statement", cameo: "01", label: "Public statement" },
  attack: { family: "conflict", cameo: "18", label: "Attack" },
  blockade: { family: "conflict", cameo: "191", label: "Blockade or embargo" },
  accident: { family: "incident", cameo: "", label: "Accident" },
  withdrawal: { family: "policy", cameo: "16", label: "Withdrawal from an organisation" },
} as const satisfies Record<string, { family: string; cameo: string; label: string }>;

export type EventType = keyof typeof EVENT_TYPES;
export type EventFamily = (typeof EVENT_TYPES)[EventType]["family"];

export const EventTypeSchema = z
  .enum(Object.keys(EVENT_TYPES) as [EventType, ...EventType[]])
  .meta({ description: "Event type, after PLOVER/CAMEO (visit, host-visit, sign-agreement, …)." });
