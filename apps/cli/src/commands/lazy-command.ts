import type { ArgsDef, CommandContext, CommandDef, CommandMeta } from "citty";

/**
 * A command whose module is imported only when it runs or shows its own help, so that
 * `bilat --help` (and a typo in a command name) loads neither zod, Handlebars nor pdfmake.
 */
export function lazyCommand<T extends ArgsDef>(
  meta: CommandMeta,
  load: () => Promise<CommandDef<T>>,
): CommandDef<ArgsDef> {
  let loaded: Promise<CommandDef<T>> | undefined;
  const command = () => {
    loaded ??= load();
    return loaded;
  };
  return {
    meta,
    args: async () => (await command()).args as ArgsDef,
    // citty parsed the arguments with the loaded command's own definitions, just above.
    run: async (context) => (await command()).run?.(context as unknown as CommandContext<T>),
  };
}
