/**
 * The fragment GitHub gives a heading (as github-slugger does): lower case, punctuation and
 * symbols dropped, spaces turned into hyphens; letters with accents are kept.
 */
export function headingAnchor(heading: string): string {
  return `#${heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-")}`;
}
