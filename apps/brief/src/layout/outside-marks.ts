import type { DigestOutside } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";

/**
 * The marks of outside information after a statement, inline, in italics between brackets and in
 * the "outside" colour, so a reader sees they are not the cited sources' words.
 */
export function outsideMarks(marks: readonly DigestOutside[]): Content[] {
  return marks.map((m) => ({ text: ` [${m.text}]`, style: "outside" }));
}
