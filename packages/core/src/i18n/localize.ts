import type { LocalizedText } from "../model/localized-text.js";
import { type Language, languageCodes } from "./registry.js";

/**
 * The text in the wanted language, or else in the first language that has it (English, French,
 * then any other registered): the validator warns of the gap.
 */
export function localize(text: LocalizedText, lang: Language): string {
  const wanted = text[lang];
  if (wanted !== undefined) return wanted;
  for (const code of languageCodes()) {
    const other = text[code];
    if (other !== undefined) return other;
  }
  return "";
}

/** Like `localize`, for optional text. */
export function localizeOptional(
  text: LocalizedText | undefined,
  lang: Language,
): string | undefined {
  return text === undefined ? undefined : localize(text, lang);
}
