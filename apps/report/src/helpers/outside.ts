import type { DigestOutside } from "@bilat/core";
import { escapeCell, escapeMarkdown } from "./escape-markdown.js";

/**
 * The marks of outside information after a statement, in italics between brackets so a reader
 * sees they are not the cited sources' words: ` *[Not from the cited sources: …]*`. Nothing when
 * the statement has none. `cell` escapes for a table cell.
 */
export function outsideMarks(marks: readonly DigestOutside[] | undefined, cell = false): string {
  const escape = cell ? (t: string) => escapeCell(t) : escapeMarkdown;
  return (marks ?? []).map((m) => ` *\\[${escape(m.text)}\\]*`).join("");
}
