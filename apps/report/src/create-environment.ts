import Handlebars from "handlebars";
import { registerHelpers } from "./helpers/register-helpers.js";
import type { TemplateSet, TemplateSource } from "./load-templates.js";
import { strictParams } from "./strict-params.js";
import { TemplateError } from "./template-error.js";

type Render = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/**
 * Compiles for Markdown: `noEscape`, since Handlebars escapes for HTML (`'` would become
 * `&#x27;`) and data is escaped by the helpers instead; `strict`, so a misspelt field in a
 * template is an error rather than a silent blank.
 */
const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/** Compiles a template; errors, at compile or render time, name the template's file. */
function compile(hb: typeof Handlebars, template: TemplateSource): Render {
  let render: Render;
  try {
    // Parsed here, not lazily at the first render, so a syntax error names this file.
    const ast = hb.parse(template.source);
    strictParams(ast);
    render = hb.compile(ast, COMPILE_OPTIONS);
  } catch (error) {
    throw new TemplateError(template.file, error);
  }
  return (context, options) => {
    try {
      return render(context, options);
    } catch (error) {
      throw error instanceof TemplateError ? error : new TemplateError(template.file, error);
    }
  };
}

/**
 * An isolated Handlebars environment holding the helpers and every partial of the set, so that
 * no other user of Handlebars in the process sees or changes them. Returns the main templates.
 */
export function createEnvironment(templates: TemplateSet): Map<string, Render> {
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const [name, template] of templates.partials) {
    hb.registerPartial(name, compile(hb, template) as Handlebars.Template);
  }
  return new Map([...templates.main].map(([name, template]) => [name, compile(hb, template)]));
}
