/**
 * Names languages in one language ("French", « anglais »), the code itself when Intl has no name
 * for it. The Intl object is made on the first name asked for, not before: one made at import
 * would be held by every process, and a startup snapshot cannot hold one at all.
 */
export function languageNamer(inLang: string): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  return (code) =>
    (names ??= new Intl.DisplayNames([inLang], { type: "language" })).of(code) ?? code;
}
