import pc from "picocolors";
import type { CliIo, OutputStream } from "../cli-context.js";

export type Colours = ReturnType<typeof pc.createColors>;

/**
 * Colours for a terminal; plain text under NO_COLOR (when set to a non-empty value, as
 * no-color.org says) or when output goes to a pipe or file.
 * FORCE_COLOR turns them on anywhere (and, as in Node, FORCE_COLOR=0 or false turns them off).
 */
export function coloursFor(stream: OutputStream, env: CliIo["env"] = process.env): Colours {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return pc.createColors(force !== "0" && force !== "false");
  const enabled = stream.isTTY === true && !env.NO_COLOR && env.TERM !== "dumb";
  return pc.createColors(enabled);
}
