import type { Dataset } from "../dataset.js";
import { fill, type Labels, labelsFor } from "../i18n/labels.js";
import { localize } from "../i18n/localize.js";
import type { Language } from "../i18n/registry.js";
import type { Citation } from "../model/citation.js";
import type { LocalizedText } from "../model/localized-text.js";
import type { Pillar } from "../model/pillar.js";
import type { Source } from "../model/source.js";
import { CitationNotes } from "./citation-notes.js";
import type { EditionComparison } from "./digest-edition-types.js";

/** What every part of the period summary needs: the language, its labels and the source notes. */
export interface DigestContext {
  dataset: Dataset;
  lang: Language;
  labels: Labels;
  notes: CitationNotes;
  /** A localised text in the digest's language. */
  text(t: LocalizedText): string;
  /** What a reader calls a record: a name, a title, or for a source its outlet and title. */
  nameOf(id: string): string;
  pillarLabels(pillars: readonly Pillar[]): { pillar: Pillar; label: string }[];
  /** The citations of the record with this id (none for a source, which is its own evidence). */
  citationsOf(id: string): Citation[];
}

export function createDigestContext(
  dataset: Dataset,
  lang: Language,
  since?: EditionComparison,
): DigestContext {
  const labels = labelsFor(lang);
  const withdrawnSources = (since?.changes.records ?? [])
    .filter((r) => r.kind === "source" && r.status === "removed")
    .map((r) => r.before as Source);
  const text = (t: LocalizedText) => localize(t, lang);
  return {
    dataset,
    lang,
    labels,
    notes: new CitationNotes(dataset.sources, lang, withdrawnSources),
    text,
    nameOf(id) {
      const entry = dataset.byId.get(id);
      if (entry === undefined) return id;
      if (entry.kind === "source") {
        const source = entry.record as Source;
        const title = fill(labels.phrases.quoted, { text: source.title });
        return `${source.outlet ?? labels.phrases.unnamedOutlet}, ${title}`;
      }
      const record = entry.record as { name?: LocalizedText; title?: LocalizedText };
      const t = record.name ?? record.title;
      return t ? text(t) : id;
    },
    pillarLabels: (pillars) => pillars.map((pillar) => ({ pillar, label: labels.pillars[pillar] })),
    citationsOf(id) {
      const entry = dataset.byId.get(id);
      if (entry === undefined || entry.kind === "source") return [];
      return (entry.record as { citations?: Citation[] }).citations ?? [];
    },
  };
}
