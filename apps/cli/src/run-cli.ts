import { stripVTControlCharacters } from "node:util";
import { suggest } from "@bilat/core/suggest";
import { type ArgsDef, type CommandDef, renderUsage, runCommand } from "citty";
import { checkArgs } from "./check-args.js";
import type { CliContext, CliIo } from "./cli-context.js";
import { EXIT } from "./exit-codes.js";
import { coloursFor } from "./output/colours.js";
import { describeFsError, isFsError } from "./output/describe-fs-error.js";
import { rootCommand } from "./root-command.js";
import { UsageError } from "./usage-error.js";

type AnyCommand = CommandDef<ArgsDef>;

async function resolve<T>(value: T | Promise<T> | (() => T | Promise<T>)): Promise<T> {
  return typeof value === "function" ? await (value as () => T | Promise<T>)() : await value;
}

/** citty's usage text, in colour only where colour is wanted (a terminal, no NO_COLOR). */
async function usage(io: CliIo, command: AnyCommand, parent?: AnyCommand): Promise<string> {
  const text = await renderUsage(command, parent);
  return coloursFor(io.stdout, io.env).isColorSupported ? text : stripVTControlCharacters(text);
}

/** Options of `runCli`: where output goes (the process's own streams by default). */
export interface RunCliOptions extends Partial<CliIo> {
  /** The command tree to run; bilat's own by default (tests may pass a smaller one). */
  root?: AnyCommand;
}

/**
 * Runs a command line and returns its exit code: 0 done, 1 invalid data, 2 usage error. Output
 * goes to the streams given, so that a test can run it in process. Usage mistakes get one line
 * and the usage; unexpected failures one line, not a stack trace (BILAT_DEBUG=1 shows it).
 */
export async function runCli(
  argv: readonly string[],
  options: RunCliOptions = {},
): Promise<number> {
  const root = options.root ?? rootCommand;
  const ctx: CliContext = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    env: options.env ?? process.env,
    exitCode: EXIT.ok,
  };
  const subCommands = (await resolve(root.subCommands)) ?? {};
  const name = argv.find((a) => !a.startsWith("-"));
  const sub = name === undefined ? undefined : subCommands[name];
  try {
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h") {
      ctx.stdout.write(`${await usage(ctx, root)}\n`);
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    if (argv[0] === "--version" || argv[0] === "-v") {
      ctx.stdout.write(`${(await resolve(root.meta))?.version ?? ""}\n`);
      return EXIT.ok;
    }
    if (argv[0]?.startsWith("-")) {
      // `bilat --data x validate` would otherwise take `x` for the command.
      throw new UsageError(
        `the command comes first, then its options: \`bilat ${argv.find((a) => a in subCommands) ?? "<command>"} ${argv[0]} …\``,
      );
    }
    if (sub === undefined) {
      const known = Object.keys(subCommands);
      const typed = name ?? argv[0] ?? "";
      const hint = suggest(typed, known);
      throw new UsageError(
        `unknown command \`${typed}\`.${hint ? ` Did you mean \`${hint}\`?` : ""} The commands are ${known.join(", ")}.`,
      );
    }
    const command = (await resolve(sub)) as AnyCommand;
    const rest = argv.slice(argv.indexOf(name as string) + 1);
    if (rest.includes("--help") || rest.includes("-h")) {
      ctx.stdout.write(`${await usage(ctx, command, root)}\n`);
      return EXIT.ok;
    }
    checkArgs(rest, (await resolve(command.args)) ?? {});
    await runCommand(command, { rawArgs: [...rest], data: ctx });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof UsageError || (error as Error).name === "CLIError") {
      // citty colours the values in its messages, even when stderr is a file or a pipe.
      const message = stripVTControlCharacters((error as Error).message);
      ctx.stderr.write(
        `bilat: ${message}\nRun \`bilat ${sub ? `${name} ` : ""}--help\` for usage.\n`,
      );
      return EXIT.usage;
    }
    if (ctx.env.BILAT_DEBUG) throw error;
    const message = isFsError(error)
      ? describeFsError(error)
      : ((error as Error).message ?? String(error));
    ctx.stderr.write(`bilat: ${message}\n`);
    return EXIT.invalidData;
  }
}
