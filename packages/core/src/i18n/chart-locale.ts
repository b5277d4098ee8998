import { createRequire } from "node:module";
import type { ChartLocale } from "./language-module.js";

const require = createRequire(import.meta.url);

/**
 * d3's own locale files for a locale such as `fr-FR` (`d3-format/locale/fr-FR.json` and
 * `d3-time-format/locale/fr-FR.json`), so no language copies its tables by hand.
 */
export function d3ChartLocale(locale: string): ChartLocale {
  return {
    number: require(`d3-format/locale/${locale}`) as ChartLocale["number"],
    time: require(`d3-time-format/locale/${locale}`) as ChartLocale["time"],
  };
}
