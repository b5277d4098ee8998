import type { LanguageModule } from "./language-module.js";
import { englishLanguage } from "./languages/en/index.js";
import { frenchLanguage } from "./languages/fr/index.js";

/** A language code bilat knows: one registered with `registerLanguage` (`en` and `fr` ship). */
export type Language = string;

const modules = new Map<string, LanguageModule>(
  [englishLanguage, frenchLanguage].map((m) => [m.code, m]),
);
/** Set once the schemas have been built from the list: a language added later would be missed. */
let sealedBy: string | undefined;

/**
 * Adds a language: its texts become valid in the data, and briefs, reports and the validator can
 * be written in it. Call before loading any data (the schemas are built from the list once).
 */
export function registerLanguage(module: LanguageModule): void {
  if (sealedBy !== undefined) {
    throw new Error(
      `cannot register the language \`${module.code}\` after ${sealedBy}: register languages before loading data`,
    );
  }
  if (!/^[a-z]{2,3}$/.test(module.code)) {
    throw new Error(
      `a language code is a BCP 47 primary subtag such as \`en\`, not \`${module.code}\``,
    );
  }
  modules.set(module.code, module);
}

/** Every registered language's code, in registration order (English and French first). */
export function languageCodes(): string[] {
  return [...modules.keys()];
}

/** Whether a code names a registered language. */
export function isLanguage(code: string): code is Language {
  return modules.has(code);
}

/** The module of a registered language; an unknown code is a programming error. */
export function languageModule(code: Language): LanguageModule {
  const module = modules.get(code);
  if (module === undefined) {
    throw new Error(
      `unknown language \`${code}\`: the languages are ${languageCodes().join(", ")}`,
    );
  }
  return module;
}

/** Freezes the list: the schemas built from it would not see a language added afterwards. */
export function sealLanguages(by: string): string[] {
  sealedBy ??= by;
  return languageCodes();
}
