import { z } from "zod";
import { type Language, languageModule, sealLanguages } from "../i18n/registry.js";

const text = z.string().trim().min(1, { error: "text-empty" });

/**
 * Text written in each registered language (`en`, `fr`, and any language added with
 * `registerLanguage`); some may be missing (a warning, not an error). Built from the list of
 * languages when first used, so the zod schema and the JSON Schema always list the same ones.
 */
export const LocalizedTextSchema = z.lazy(() => {
  const codes = sealLanguages("a schema was built");
  const shape = Object.fromEntries(
    codes.map((code) => [
      code,
      text.optional().meta({ description: `${languageModule(code).englishName} text.` }),
    ]),
  );
  const named = codes.map((c) => `${languageModule(c).englishName} (\`${c}\`)`);
  const listed =
    named.length < 2 ? named.join("") : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return (
    z
      .strictObject(shape)
      .refine((t) => Object.values(t).some((v) => v !== undefined), {
        error: "text-in-some-language",
      })
      // minProperties carries the refinement above into the JSON Schema editors use.
      .meta({ description: `Text in ${listed}.`, minProperties: 1 })
  );
});
export type LocalizedText = Partial<Record<Language, string>>;

/** A language bilat writes in: one of the registered languages, checked when data is read. */
export const LanguageSchema = z.lazy(() => z.enum(sealLanguages("a schema was built")));
