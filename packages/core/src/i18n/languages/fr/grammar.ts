import type { Grammar, Marker } from "../../language-module.js";
import { FR_LABELS } from "./labels.js";

const NBSP = "\u00a0";

/** The characters French typography acts on (before ; : ! ?, inside « », the apostrophe). */
const TYPESET_MARKS = /[;:!?«»']/;

/** The labels this module writes that are feminine nouns: a marker after them agrees. */
const FEMININE = new Set(
  [
    ...Object.values(FR_LABELS.eventTypes),
    ...Object.values(FR_LABELS.agreementKinds),
    ...Object.values(FR_LABELS.placeKinds),
  ].filter((label) =>
    /^(Visite|Rencontre|Réunion|Signature|Coopération|Patrouille|Formation|Aide|Mesure|Déclaration|Attaque|Capitale|Ville|Localité|Région|Zone)\b/.test(
      label,
    ),
  ),
);

/** Markers whose feminine is the masculine plus « e »; the others never change. */
const AGREEING = new Set<Marker>(["occurred", "announced", "planned"]);

/** « milliard » before « de » or « d’ » (elided before a vowel): « 1,5 milliard d’euros ». */
const of = (noun: string) => (/^[aeiouyéèêh]/i.test(noun) ? `d’${noun}` : `de ${noun}`);

export const FR_GRAMMAR: Grammar = {
  // French writes the first day of a month as an ordinal: « 1er mars 2025 ».
  day: (day) => (day === 1 ? "1er" : String(day)),
  onDay: (date) => `le ${date}`,
  inPeriod: (date) => `en ${date}`,
  fromTo: (start, end, days) => (days ? `du ${start} au ${end}` : `de ${start} à ${end}`),
  percent: (number) => `${number}${NBSP}%`,
  amount: (number, count, scale, _currency, name) => {
    if (scale === undefined) return `${number}${NBSP}${name}`;
    // « million » and « milliard » are nouns: plural from 2 (« 1,5 milliard », « 2 milliards »).
    const word = FR_LABELS.units[scale].replace(/s$/, "") + (Math.abs(count) >= 2 ? "s" : "");
    return `${number}${NBSP}${word} ${of(name)}`;
  },
  typeset: (text) =>
    // Most texts hold none of these characters: they are returned untouched at once.
    !TYPESET_MARKS.test(text)
      ? text
      : text
          // An ordinary space before ; : ! ? becomes a no-break space (none is added where none is
          // typed: a quotation in English keeps its own punctuation).
          .replace(/[ \t]+([;:!?])/g, `${NBSP}$1`)
          // Inside « » a no-break space, unless one (U+00A0 or U+202F) is already there.
          .replace(/«(?![\u00a0\u202f])[ \t]*/g, `«${NBSP}`)
          .replace(/(?<![\u00a0\u202f])[ \t]*»/g, `${NBSP}»`)
          // The typewriter apostrophe between letters is the typographic one: « l’armée ».
          .replace(/(\p{L})'(?=\p{L})/gu, "$1’"),
  marker: (marker, label) => {
    const word = FR_LABELS.markers[marker];
    return AGREEING.has(marker) && FEMININE.has(label) ? `${word}e` : word;
  },
};
