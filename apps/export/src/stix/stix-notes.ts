import {
  type Agreement,
  type Dispute,
  formatValue,
  type Indicator,
  type Judgment,
  localize,
  localizeOptional,
  type Trend,
} from "@bilat/core";
import { evidenceProperties } from "./external-references.js";
import { commonProperties, type StixContext, type StixObject } from "./stix-context.js";
import { countryRefs } from "./stix-events.js";
import { stixId } from "./stix-id.js";
import { DNI_CONFIDENCE } from "./stix-scales.js";

const refsOf = (context: StixContext, ids: readonly string[]) => {
  const refs = ids.map((id) => context.ids.get(id)).filter((r): r is string => r !== undefined);
  return refs.length > 0 ? refs : countryRefs(context);
};

/**
 * A key judgment as a STIX note whose confidence is its ICD 203 likelihood on the DNI scale; the
 * analytic confidence (low, moderate, high) is stated apart, as ICD 203 asks.
 */
export function judgmentNote(context: StixContext, judgment: Judgment): StixObject {
  const basis = localizeOptional(judgment.basis, context.lang);
  const statement = localize(judgment.statement, context.lang);
  return {
    type: "note",
    id: stixId("note", `${context.scoped.dataset.info.id}/${judgment.id}`),
    ...commonProperties(context),
    abstract: statement,
    content: basis === undefined ? statement : `${statement}\n\n${basis}`,
    object_refs: refsOf(context, judgment.evidence),
    confidence: DNI_CONFIDENCE[judgment.likelihood],
    x_bilat_id: judgment.id,
    x_bilat_kind: "judgment",
    x_bilat_likelihood: judgment.likelihood,
    x_bilat_analytic_confidence: judgment.confidence,
    ...(judgment.validUntil === undefined ? {} : { x_bilat_valid_until: judgment.validUntil }),
  };
}

/** An agreement as a note on its parties, with its status and domains. */
export function agreementNote(context: StixContext, agreement: Agreement): StixObject {
  return {
    type: "note",
    id: stixId("note", `${context.scoped.dataset.info.id}/${agreement.id}`),
    ...commonProperties(context),
    abstract: localize(agreement.title, context.lang),
    content: localize(agreement.summary, context.lang),
    object_refs: refsOf(context, agreement.parties),
    ...evidenceProperties(context, agreement.citations),
    x_bilat_id: agreement.id,
    x_bilat_kind: "agreement",
    x_bilat_agreement_kind: agreement.kind,
    x_bilat_status: agreement.status,
    x_bilat_pillars: [...agreement.domains],
    ...(agreement.signed === undefined ? {} : { x_bilat_signed: agreement.signed }),
  };
}

/** A figure as a note: the value in words, and the value and unit as data. */
export function indicatorNote(context: StixContext, indicator: Indicator): StixObject {
  const { lang } = context;
  const value = formatValue(indicator.value, indicator.unit, lang);
  return {
    type: "note",
    id: stixId("note", `${context.scoped.dataset.info.id}/${indicator.id}`),
    ...commonProperties(context),
    abstract: localize(indicator.name, lang),
    content: `${value} — ${localize(indicator.scope, lang)}`,
    object_refs: refsOf(context, [...(indicator.actors ?? []), ...(indicator.places ?? [])]),
    ...evidenceProperties(context, indicator.citations),
    x_bilat_id: indicator.id,
    x_bilat_kind: "indicator",
    x_bilat_value: indicator.value,
    x_bilat_unit: indicator.unit,
    x_bilat_approximate: indicator.approximate,
    x_bilat_pillars: [...indicator.pillars],
  };
}

/** A disagreement between sources as a note on the record, every reading with its citations. */
export function disputeNote(
  context: StixContext,
  recordId: string,
  index: number,
  dispute: Dispute,
): StixObject {
  const { lang } = context;
  const readings = dispute.claims.map((c, i) => `${i + 1}. ${localize(c.statement, lang)}`);
  return {
    type: "note",
    id: stixId("note", `${context.scoped.dataset.info.id}/${recordId}/disputes/${index}`),
    ...commonProperties(context),
    abstract: localize(dispute.note, lang),
    content: readings.join("\n"),
    object_refs: refsOf(context, [recordId]),
    ...evidenceProperties(
      context,
      dispute.claims.flatMap((c) => c.citations),
    ),
    x_bilat_kind: "dispute",
    x_bilat_field: dispute.field,
  };
}

/** A pillar's trend over a period as a note on the pair, with CrisisWatch's words as data. */
export function trendNote(context: StixContext, trend: Trend): StixObject {
  return {
    type: "note",
    id: stixId("note", `${context.scoped.dataset.info.id}/${trend.id}`),
    ...commonProperties(context),
    abstract: `${trend.pillar}: ${trend.trend}`,
    content: localize(trend.reason, context.lang),
    object_refs: countryRefs(context),
    ...evidenceProperties(context, trend.citations ?? []),
    x_bilat_id: trend.id,
    x_bilat_kind: "trend",
    x_bilat_pillar: trend.pillar,
    x_bilat_period: trend.period,
    x_bilat_trend: trend.trend,
    ...(trend.alert === undefined ? {} : { x_bilat_alert: trend.alert }),
    x_bilat_analyst_judgment: trend.analystJudgment,
  };
}
