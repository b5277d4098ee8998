import { type ByDate, type DateSpec, isByDate, type PartialDate } from "../model/partial-date.js";
import { fill, labelsFor } from "./labels.js";
import { type Language, languageModule } from "./registry.js";

interface Parts {
  year: string;
  month: number | undefined;
  day: number | undefined;
}

const partsOf = (date: PartialDate): Parts => {
  const [year = "", month, day] = date.split("-");
  return { year, month: month ? Number(month) : undefined, day: day ? Number(day) : undefined };
};

/** The day of the month as the language writes it before a month (« 1er mars »). */
const dayText = (day: number, lang: Language) => languageModule(lang).grammar.day(day);

function formatParts(p: Parts, lang: Language, withYear = true, withMonth = true): string {
  const months = languageModule(lang).labels.months;
  const words: string[] = [];
  if (p.day !== undefined) words.push(dayText(p.day, lang));
  if (p.month !== undefined && withMonth) words.push(months[p.month - 1] ?? "");
  if (withYear) words.push(p.year);
  return words.join(" ");
}

/**
 * A date as a reader writes it, at the precision it is known: "20 February 2025" or
 * « 20 février 2025 », "February 2025", "2025"; ranges share what their ends have in common
 * ("5–7 February 2025").
 */
export function formatDate(date: DateSpec, lang: Language): string {
  if (typeof date === "string") return formatParts(partsOf(date), lang);
  if (isByDate(date)) return formatByDate(date, lang);
  const from = partsOf(date.from);
  const to = partsOf(date.to);
  if (date.from === date.to) return formatParts(from, lang);
  const sameYear = from.year === to.year;
  const sameMonth = sameYear && from.month !== undefined && from.month === to.month;
  const bothDays = from.day !== undefined && to.day !== undefined;
  const bothMonths = from.month !== undefined && to.month !== undefined;
  if (sameMonth && bothDays) return `${dayText(from.day as number, lang)}–${formatParts(to, lang)}`;
  if (sameYear && bothMonths && (bothDays || (from.day === undefined && to.day === undefined))) {
    return `${formatParts(from, lang, false)} – ${formatParts(to, lang)}`;
  }
  return `${formatParts(from, lang)} – ${formatParts(to, lang)}`;
}

/**
 * A date as it stands in a sentence, with the preposition its precision takes: "on 20 February
 * 2025" / « le 20 février 2025 », "in February 2025" / « en février 2025 », "from 5 to 7 February
 * 2025" / « du 5 au 7 février 2025 », "from March 2021 to November 2025" / « de mars 2021 à
 * novembre 2025 ».
 */
export function formatDatePhrase(date: DateSpec, lang: Language): string {
  if (isByDate(date)) return formatByDate(date, lang);
  if (typeof date === "string" || date.from === date.to) {
    const single = typeof date === "string" ? date : date.from;
    const { grammar } = languageModule(lang);
    const text = formatDate(single, lang);
    return partsOf(single).day !== undefined ? grammar.onDay(text) : grammar.inPeriod(text);
  }
  const from = partsOf(date.from);
  const to = partsOf(date.to);
  const sameYear = from.year === to.year && from.month !== undefined && to.month !== undefined;
  const sameMonth = sameYear && from.month === to.month && from.day !== undefined;
  // The start drops what it shares with the end: "from 5 to 7 February 2025".
  const start = sameMonth
    ? dayText(from.day as number, lang)
    : formatParts(from, lang, !(sameYear && (from.day === undefined) === (to.day === undefined)));
  const end = formatParts(to, lang);
  return languageModule(lang).grammar.fromTo(start, end, from.day !== undefined);
}

/**
 * A date known only as "no later than": "reported by 7 February 2025" / « signalé au plus tard le
 * 7 février 2025 ». The same words in a table and in a sentence, so it never reads as the day itself.
 */
function formatByDate(date: ByDate, lang: Language): string {
  return fill(labelsFor(lang).phrases.reportedBy, {
    date: formatDate(date.by, lang),
    phrase: formatDatePhrase(date.by, lang),
  });
}

/**
 * An event's date in a list of dated items: as `formatDate`, but a year alone says that the
 * month is not known ("2025, month not given" / « 2025, mois non précisé »).
 */
export function formatEventDate(date: DateSpec, lang: Language): string {
  const text = formatDate(date, lang);
  return typeof date === "string" && date.length === 4
    ? fill(labelsFor(lang).phrases.yearOnly, { year: text })
    : text;
}
