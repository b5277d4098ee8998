import { formatDate } from "../i18n/format-date.js";
import { fill, labelsFor } from "../i18n/labels.js";
import { languageNamer } from "../i18n/language-names.js";
import { localize } from "../i18n/localize.js";
import type { Language } from "../i18n/registry.js";
import type { Citation } from "../model/citation.js";
import { admiraltyCode, type Credibility } from "../model/grades.js";
import type { Source } from "../model/source.js";
import type { DigestCitation, DigestSource } from "./digest-types.js";

/** Numbers sources in the order they are first cited, as endnotes are. */
export class CitationNotes {
  readonly #numbers = new Map<string, number>();
  readonly #sources: ReadonlyMap<string, Source>;
  readonly #withdrawn: ReadonlySet<string>;
  readonly #lang: Language;

  /**
   * `withdrawn` are sources of an earlier edition that the current one no longer has: a
   * withdrawn development is shown with its last citations, whose sources may be gone too.
   */
  constructor(sources: readonly Source[], lang: Language, withdrawn: readonly Source[] = []) {
    this.#sources = new Map([...withdrawn, ...sources].map((s) => [s.id, s]));
    this.#withdrawn = new Set(withdrawn.map((s) => s.id));
    this.#lang = lang;
  }

  cite(citations: readonly Citation[]): DigestCitation[] {
    return citations.map((c) => {
      let note = this.#numbers.get(c.source);
      if (note === undefined) {
        note = this.#numbers.size + 1;
        this.#numbers.set(c.source, note);
      }
      const source = this.#sources.get(c.source);
      const original = source?.language.split("-")[0];
      return {
        note,
        sourceId: c.source,
        grade: admiraltyCode(source?.reliability ?? "F", c.credibility as Credibility),
        excerpt: c.excerpt,
        translation: original === this.#lang ? undefined : c.translation?.[this.#lang],
      };
    });
  }

  /** The cited sources, by note number, formatted for the endnotes. */
  sources(): DigestSource[] {
    const labels = labelsFor(this.#lang);
    const languageName = languageNamer(this.#lang);
    return [...this.#numbers].map(([id, note]) => {
      const s = this.#sources.get(id) as Source;
      return {
        note,
        id,
        outlet: s.outlet ?? labels.phrases.unnamedOutlet,
        title: s.title,
        author: s.author,
        published: formatDate(s.published, this.#lang),
        language: languageName(s.language),
        lang: s.language,
        url: s.url,
        reliability: { grade: s.reliability, text: labels.reliability[s.reliability] },
        reliabilityNote: localize(s.reliabilityNote, this.#lang),
        withdrawn: this.#withdrawn.has(id) ? labels.phrases.sourceWithdrawn : undefined,
        outside: (s.outsideInformation ?? []).map((m) => {
          const note = localize(m.note, this.#lang);
          return { field: m.field, note, text: fill(labels.phrases.outsideSources, { note }) };
        }),
      };
    });
  }
}
