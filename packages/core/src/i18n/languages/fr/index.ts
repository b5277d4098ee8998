import { d3ChartLocale } from "../../chart-locale.js";
import { isoCountryNames } from "../../country-names.js";
import type { LanguageModule } from "../../language-module.js";
import { FR_GRAMMAR } from "./grammar.js";
import { FR_LABELS } from "./labels.js";
import { PROBLEMS } from "./problems.js";

const fr = d3ChartLocale("fr-FR");

/** French as a ministry in Paris or Dakar would print it. */
export const frenchLanguage: LanguageModule = {
  code: "fr",
  locale: "fr-FR",
  englishName: "French",
  labels: FR_LABELS,
  grammar: FR_GRAMMAR,
  problems: PROBLEMS,
  // d3 sets U+202F before %; the outputs use U+00A0 throughout, which every font carries.
  chart: { ...fr, number: { ...fr.number, percent: "\u00a0%" } },
  countryName: isoCountryNames("fr"),
};
