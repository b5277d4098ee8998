import pc from "picocolors";

export type Colours = ReturnType<typeof pc.createColors>;

/**
 * Colours for a terminal; plain text under NO_COLOR (when set to a non-empty value, as
 * no-color.org says) or when output goes to a pipe or file.
 * FORCE_COLOR turns them on anywhere (and, as in Node, FORCE_COLOR=0 or false turns them off).
 */
export function coloursFor(stream: NodeJS.WriteStream): Colours {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return pc.createColors(force !== "0" && force !== "false");
  const enabled = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== "dumb";
  return pc.createColors(enabled);
}
