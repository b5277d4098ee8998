import { d3ChartLocale } from "../../chart-locale.js";
import { isoCountryNames } from "../../country-names.js";
import type { LanguageModule } from "../../language-module.js";
import { EN_GRAMMAR } from "./grammar.js";
import { EN_LABELS } from "./labels.js";
import { PROBLEMS } from "./problems.js";

/** British English, as a ministry in London would print it. */
export const englishLanguage: LanguageModule = {
  code: "en",
  locale: "en-GB",
  englishName: "English",
  labels: EN_LABELS,
  grammar: EN_GRAMMAR,
  problems: PROBLEMS,
  chart: d3ChartLocale("en-GB"),
  countryName: isoCountryNames("en"),
};
