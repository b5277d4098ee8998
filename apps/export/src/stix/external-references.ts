import { admiraltyCode, type Citation, type Credibility, findRecord } from "@bilat/core";
import type { StixContext } from "./stix-context.js";
import { ADMIRALTY_CONFIDENCE } from "./stix-scales.js";

/**
 * Citations as STIX external references: the source's outlet and link, its bilat id, and in the
 * description the Admiralty grade and the quoted excerpt.
 */
export function externalReferences(context: StixContext, citations: readonly Citation[]) {
  return citations.map((citation) => {
    const source = findRecord(context.scoped.dataset, "source", citation.source);
    const grade = source
      ? admiraltyCode(source.reliability, citation.credibility as Credibility)
      : "";
    return {
      source_name: source?.outlet ?? source?.title ?? citation.source,
      external_id: citation.source,
      ...(source?.url === undefined ? {} : { url: source.url }),
      description: `Admiralty ${grade}: «${citation.excerpt}»`,
    };
  });
}

/**
 * STIX confidence of a record from its citations: the Admiralty Credibility scale value of the
 * best-graded one; none when no citation's credibility can be judged.
 */
export function citedConfidence(citations: readonly Citation[]): number | undefined {
  const values = citations
    .map((c) => ADMIRALTY_CONFIDENCE[c.credibility as Credibility])
    .filter((v): v is number => v !== undefined);
  return values.length === 0 ? undefined : Math.max(...values);
}

/** `confidence` and `external_references`, left out when there is nothing to say. */
export function evidenceProperties(context: StixContext, citations: readonly Citation[]) {
  const confidence = citedConfidence(citations);
  return {
    ...(confidence === undefined ? {} : { confidence }),
    ...(citations.length === 0
      ? {}
      : { external_references: externalReferences(context, citations) }),
  };
}
