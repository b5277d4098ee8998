import type { Language, LocalizedText } from "../model/localized-text.js";

/** The text in the wanted language, or in the other when it is missing (the validator warns). */
export function localize(text: LocalizedText, lang: Language): string {
  return text[lang] ?? text.en ?? text.fr ?? "";
}

/** Like `localize`, for optional text. */
export function localizeOptional(
  text: LocalizedText | undefined,
  lang: Language,
): string | undefined {
  return text === undefined ? undefined : localize(text, lang);
}
