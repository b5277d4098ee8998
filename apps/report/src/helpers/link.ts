/**
 * A link inside `<…>`: an autolink showing the address, or a destination after `[text](`.
 * Spaces, `<` and `>` are percent-encoded, so a hostile address cannot end the link early.
 */
export function angleLink(url: string): string {
  return `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
}
