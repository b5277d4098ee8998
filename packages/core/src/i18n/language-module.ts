import type { Labels } from "./labels.js";
import type { ProblemMessages } from "./problem-messages.js";

/** d3's locale definitions (`d3-format` and `d3-time-format` locale files), which vega takes. */
export interface ChartLocale {
  number: {
    decimal: string;
    thousands: string;
    grouping: number[];
    currency: [string, string];
    percent?: string;
  };
  time: {
    dateTime: string;
    date: string;
    time: string;
    periods: [string, string];
    days: Week;
    shortDays: Week;
    months: Year;
    shortMonths: Year;
  };
}

type Week = [string, string, string, string, string, string, string];
type Year = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/**
 * The currencies whose name the labels give as the region's press writes it (« FCFA »); an
 * amount may be in any ISO 4217 currency, named from CLDR otherwise.
 */
export type Currency = "XOF" | "USD" | "EUR";

/** A status or other marker set after something it qualifies, in the forms agreement needs. */
export type Marker = "disputed" | "occurred" | "ongoing" | "announced" | "planned";

/**
 * What differs between languages beyond their words: how a date stands in a sentence, how an
 * amount is read out, how a marker agrees. Every function returns finished text.
 */
export interface Grammar {
  /** The day of the month before the month name: "1" ("1 March"), « 1er » in French. */
  day(day: number): string;
  /** A day as it stands in a sentence: "on 20 February 2025", « le 20 février 2025 ». */
  onDay(date: string): string;
  /** A month or year in a sentence: "in February 2025", « en février 2025 ». */
  inPeriod(date: string): string;
  /**
   * A period in a sentence, its start already shortened to what it does not share with its
   * end: "from 5 to 7 February 2025", « du 5 au 7 février 2025 », « de mars à mai 2025 ».
   */
  fromTo(start: string, end: string, days: boolean): string;
  /** A percentage after its number: "50.5%", « 50,5 % ». */
  percent(number: string): string;
  /**
   * An amount of money: `scale` is the word for millions or billions when the number is scaled
   * ("1.5 billion euros", « 1,5 milliard d’euros »), `count` the scaled value (for agreement),
   * `currency` its ISO 4217 code and `name` its name in this language, for the count.
   */
  amount(
    number: string,
    count: number,
    scale: "million" | "billion" | undefined,
    currency: string,
    name: string,
  ): string;
  /**
   * A marker in parentheses after a label: in languages with gender it agrees with the label it
   * follows or takes a form that needs no agreement. `label` is what it follows.
   */
  marker(marker: Marker, label: string): string;
  /**
   * The language's typography, applied to every text of an output in it (labels and data alike):
   * French sets a no-break space before ; : ! ? and inside « », and the apostrophe ’. None for a
   * language printed as written, whose outputs then skip the pass over every text.
   */
  typeset?(text: string): string;
}

/**
 * Everything bilat needs to write in one language. A language is one such module: register it
 * with `registerLanguage` and the schemas accept texts in it, the outputs and the validator speak it.
 */
export interface LanguageModule {
  /** The key of its texts in the data (`en`, `fr`): a BCP 47 primary language subtag. */
  code: string;
  /** The locale `Intl` formats numbers and plurals with, e.g. `en-GB`. */
  locale: string;
  /** The language's name in English, for the JSON Schema's descriptions ("French"). */
  englishName: string;
  labels: Labels;
  grammar: Grammar;
  /** The validator's words for each problem code. */
  problems: ProblemMessages;
  /** Number and date formatting for the events chart. */
  chart: ChartLocale;
  /** A country's common short name from its ISO 3166-1 alpha-3 code, if the language has one. */
  countryName(alpha3: string): string | undefined;
}
