import { suggest } from "@bilat/core";
import type { ArgsDef } from "citty";
import { UsageError } from "./usage-error.js";

/**
 * Refuses options the command does not declare: citty passes them through silently, and a
 * mistyped `--fromat json` would otherwise print text and look as if it had worked.
 */
export function checkArgs(rawArgs: readonly string[], args: ArgsDef): void {
  const known = new Set<string>(["help", "h"]);
  for (const [name, def] of Object.entries(args)) {
    known.add(name);
    for (const alias of ["alias" in def ? (def.alias ?? []) : []].flat()) known.add(alias);
  }
  for (const raw of rawArgs) {
    if (raw === "--") break;
    if (!raw.startsWith("-") || /^-\d/.test(raw)) continue;
    const name = raw.replace(/^-+/, "").split("=")[0] ?? "";
    const bare = name.startsWith("no-") ? name.slice(3) : name;
    if (known.has(name) || known.has(bare)) continue;
    const hint = suggest(
      name,
      [...known].filter((k) => k.length > 1),
    );
    throw new UsageError(
      `unknown option \`${raw.split("=")[0]}\`.${hint ? ` Did you mean \`--${hint}\`?` : ""}`,
    );
  }
}
