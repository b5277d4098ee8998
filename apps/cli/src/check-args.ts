import { suggest } from "@bilat/core/suggest";
import type { ArgsDef } from "citty";
import { UsageError } from "./usage-error.js";

/**
 * Refuses options the command does not declare, and arguments it does not take: citty passes
 * both through silently, so a mistyped `--fromat json` would print text, and `bilat validate
 * mydata` would validate `data`, each looking as if it had worked.
 */
export function checkArgs(rawArgs: readonly string[], args: ArgsDef): void {
  const known = new Set<string>(["help", "h"]);
  /** Options followed by a value (`--data dir`), whose value is not an argument. */
  const takesValue = new Set<string>();
  let positionals = 0;
  for (const [name, def] of Object.entries(args)) {
    if (def.type === "positional") {
      positionals += 1;
      continue;
    }
    const names = [name, ...["alias" in def ? (def.alias ?? []) : []].flat()];
    for (const n of names) {
      known.add(n);
      if (def.type === "string" || def.type === "enum") takesValue.add(n);
    }
  }
  let seen = 0;
  for (let i = 0; i < rawArgs.length; i++) {
    const raw = rawArgs[i] ?? "";
    if (raw === "--") break;
    if (!raw.startsWith("-") || /^-\d/.test(raw)) {
      seen += 1;
      if (seen > positionals) {
        const afterOption = rawArgs[i - 1]?.startsWith("-") === true;
        const data =
          known.has("data") && !afterOption
            ? ` To read another data folder: \`--data ${raw}\`.`
            : "";
        throw new UsageError(
          `unexpected argument \`${raw}\`: this command takes options only.${data}`,
        );
      }
      continue;
    }
    const name = raw.replace(/^-+/, "").split("=")[0] ?? "";
    const bare = name.startsWith("no-") ? name.slice(3) : name;
    if (known.has(name) || known.has(bare)) {
      if (takesValue.has(name) && !raw.includes("=")) i += 1;
      continue;
    }
    const hint = suggest(
      name,
      [...known].filter((k) => k.length > 1),
    );
    throw new UsageError(
      `unknown option \`${raw.split("=")[0]}\`.${hint ? ` Did you mean \`--${hint}\`?` : ""}`,
    );
  }
}
