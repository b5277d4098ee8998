import pc from "picocolors";

/** Colours for a terminal; plain text under NO_COLOR or when output goes to a pipe or file. */
export function coloursFor(stream: NodeJS.WriteStream): typeof pc {
  const enabled =
    stream.isTTY === true && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
  return pc.createColors(enabled || "FORCE_COLOR" in process.env);
}
