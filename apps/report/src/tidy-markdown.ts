/**
 * Evens out the blank lines templates leave behind (a skipped `{{#if}}`, an empty list): at
 * most one blank line in a row, none at the start, one newline at the end, no trailing spaces.
 * Data text never holds a line break by then (the escaping helpers fold them), so only the
 * layout's own lines are touched.
 */
export function tidyMarkdown(markdown: string): string {
  // Line by line rather than with three passes of regular expressions over a page of megabytes.
  const lines: string[] = [];
  let blank = false;
  for (let line of markdown.split("\n")) {
    let end = line.length;
    for (let c = line.charCodeAt(end - 1); c === 32 || c === 9; c = line.charCodeAt(end - 1)) end--;
    if (end !== line.length) line = line.slice(0, end);
    if (line === "") {
      if (blank) continue;
      blank = true;
    } else blank = false;
    lines.push(line);
  }
  return `${lines.join("\n").trim()}\n`;
}
