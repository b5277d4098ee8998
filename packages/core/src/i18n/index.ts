export { d3ChartLocale } from "./chart-locale.js";
export { isoCountryNames } from "./country-names.js";
export * from "./format-date.js";
export * from "./format-number.js";
export * from "./labels.js";
export type { ChartLocale, Currency, Grammar, LanguageModule, Marker } from "./language-module.js";
export { englishLanguage } from "./languages/en/index.js";
export { frenchLanguage } from "./languages/fr/index.js";
export * from "./localize.js";
export { describeProblem, inLanguage, type ProblemMessages } from "./problem-messages.js";
export {
  isLanguage,
  type Language,
  languageCodes,
  languageModule,
  registerLanguage,
} from "./registry.js";
