import type { Grammar } from "../../language-module.js";
import { EN_LABELS } from "./labels.js";

const NBSP = "\u00a0";

export const EN_GRAMMAR: Grammar = {
  day: (day) => String(day),
  onDay: (date) => `on ${date}`,
  inPeriod: (date) => `in ${date}`,
  fromTo: (start, end) => `from ${start} to ${end}`,
  // One style for every percentage: no space before the sign ("50.5%", "55–80%").
  percent: (number) => `${number}%`,
  amount: (number, _count, scale, _currency, name) =>
    `${number}${NBSP}${scale ? `${EN_LABELS.units[scale]} ` : ""}${name}`,
  marker: (marker) => EN_LABELS.markers[marker],
  // English text is printed as written: no `typeset`.
};
