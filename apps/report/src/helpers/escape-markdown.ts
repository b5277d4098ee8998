/** Characters that start Markdown or GFM syntax anywhere in a line, escaped with a backslash. */
const INLINE_SYNTAX = /[\\`*_[\]<>|#{}~$]/g;

/** What `escapeMarkdown` may change: a character it escapes or folds, a start it guards or trims. */
const ESCAPED_OR_FOLDED = /[\\`*_[\]<>|#{}~$&\r\n\t]/;
const GUARDED_START = /^[\s\-+=\d]/;
const SPACE = /\s/;

const needsEscaping = (text: string) =>
  ESCAPED_OR_FOLDED.test(text) || GUARDED_START.test(text) || SPACE.test(text.at(-1) ?? "");

/**
 * Folds line breaks and tabs to one space: data text is shown inline, where a newline could end
 * a table row or start a block (a heading, a list, a code block).
 */
export function foldLines(text: string): string {
  return text.replace(/[ \t]*[\r\n\t][ \t\r\n]*/g, " ").trim();
}

/**
 * Escapes plain text so that Markdown shows it as typed: emphasis, links, HTML, code, tables,
 * headings, strikethrough, math and `{{` stay literal. Backslash escapes are CommonMark's own,
 * so the text reads unchanged on any renderer.
 */
export function escapeMarkdown(text: string): string {
  // Most texts need nothing: no syntax character, no line break, nothing at either end to trim
  // and no start that could open a block. They are returned as they are, without five passes.
  if (!needsEscaping(text)) return text;
  return (
    foldLines(text)
      .replace(INLINE_SYNTAX, "\\$&")
      // An ampersand only matters where it would start a character reference such as `&amp;`.
      .replace(/&(?=#?[0-9A-Za-z]+;)/g, "\\&")
      // At the start of a line these open a list, a thematic break or a setext heading
      // underline, but only when a space, the end or a repeat follows ("50.5" stays as is).
      .replace(/^([-+=])(?=[\s\-+=]|$)/, "\\$1")
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2")
  );
}

/** Text for a GFM table cell: escaped, on one line; an empty value shows as a dash. */
export function escapeCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join(", ") : value == null ? "" : String(value);
  return text.trim() === "" ? "—" : escapeMarkdown(text);
}
