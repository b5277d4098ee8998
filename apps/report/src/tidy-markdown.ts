/**
 * Evens out the blank lines templates leave behind (a skipped `{{#if}}`, an empty list): at
 * most one blank line in a row, none at the start, one newline at the end, no trailing spaces.
 * Data text never holds a line break by then (the escaping helpers fold them), so only the
 * layout's own lines are touched.
 */
export function tidyMarkdown(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
