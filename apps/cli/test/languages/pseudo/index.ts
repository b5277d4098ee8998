// A pseudo-language for tests: every word bilat prints, tagged so a test can tell it from
// English. It is written the way any language module is, from the public API alone.
import {
  englishLanguage,
  type Grammar,
  type Labels,
  type LanguageModule,
  type ProblemMessages,
} from "@bilat/core";

export const TAG = "XX·";
const tag = (text: string) => `${TAG}${text}`;

/** Every string of a tree of labels, tagged; shapes (plurals, month lists) kept. */
function tagAll<T>(value: T): T {
  if (typeof value === "string") return (value === "" ? value : tag(value)) as T;
  if (Array.isArray(value)) return value.map(tagAll) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tagAll(v)])) as T;
  }
  return value;
}

const labels: Labels = tagAll(englishLanguage.labels);

const grammar: Grammar = {
  day: (day) => String(day),
  onDay: (date) => `${tag("on")} ${date}`,
  inPeriod: (date) => `${tag("in")} ${date}`,
  fromTo: (start, end) => `${tag("from")} ${start} ${tag("to")} ${end}`,
  percent: (number) => `${number} ${tag("percent")}`,
  amount: (number, _count, scale, _currency, name) =>
    [number, scale && labels.units[scale], name].filter(Boolean).join(" "),
  marker: (marker) => labels.markers[marker],
  typeset: (text) => text,
};

const problems = Object.fromEntries(
  Object.entries(englishLanguage.problems).map(([code, write]) => [
    code,
    (problem: never) => {
      const text = (write as (p: never) => { message: string; expected?: string })(problem);
      return {
        message: tag(text.message),
        ...(text.expected !== undefined && { expected: tag(text.expected) }),
      };
    },
  ]),
) as ProblemMessages;

export const pseudoLanguage: LanguageModule = {
  code: "xx",
  locale: "en-GB",
  englishName: "Pseudo-English",
  labels,
  grammar,
  problems,
  chart: {
    number: englishLanguage.chart.number,
    time: { ...englishLanguage.chart.time, months: labels.months, shortMonths: labels.months },
  },
  countryName: (alpha3) => tag(englishLanguage.countryName(alpha3) ?? alpha3),
};
