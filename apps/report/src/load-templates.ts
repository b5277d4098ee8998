import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The templates shipped with the package: `report.hbs`, `index.hbs`, the chronology page's
 * `chronology-page.hbs` and `chronology-events.hbs`, and `partials/*.hbs`.
 */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL("../templates/", import.meta.url));

/** A template's source and the file it came from (for error messages). */
export interface TemplateSource {
  file: string;
  source: string;
}

/** Templates by name (file name without `.hbs`): the main ones and the partials. */
export interface TemplateSet {
  main: Map<string, TemplateSource>;
  partials: Map<string, TemplateSource>;
}

const MAIN_TEMPLATES = new Set(["report", "index", "chronology-page", "chronology-events"]);

function readFolder(dir: string): Map<string, TemplateSource> {
  const found = new Map<string, TemplateSource>();
  if (!existsSync(dir)) return found;
  // Sorted so that the same folder always gives the same set, whatever the file system's order.
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".hbs")) continue;
    const file = join(dir, name);
    found.set(basename(name, ".hbs"), { file, source: readFileSync(file, "utf8") });
  }
  return found;
}

/**
 * The shipped templates, with any of them replaced by a file of the same name from
 * `overridesDir` (either at its top level or under `partials/`). An override folder may also
 * add partials of its own, for an overridden `report.hbs` to include.
 */
export function loadTemplates(overridesDir?: string): TemplateSet {
  const set: TemplateSet = { main: new Map(), partials: new Map() };
  const place = (templates: Map<string, TemplateSource>) => {
    for (const [name, template] of templates) {
      (MAIN_TEMPLATES.has(name) ? set.main : set.partials).set(name, template);
    }
  };
  place(readFolder(DEFAULT_TEMPLATES_DIR));
  place(readFolder(join(DEFAULT_TEMPLATES_DIR, "partials")));
  if (overridesDir !== undefined) {
    place(readFolder(overridesDir));
    place(readFolder(join(overridesDir, "partials")));
  }
  return set;
}
