/**
 * Text that a Mermaid timeline shows as typed. Its grammar splits events on `:`, ends a title
 * at `;`, treats `#` and `%%` as comments and renders labels as sanitised HTML, so those
 * characters become look-alikes; line breaks fold to spaces.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/:/g, "∶")
    .replace(/;/g, ",")
    .replace(/#/g, "＃")
    .replace(/%(?=%)/g, "% ")
    .replace(/</g, "‹")
    .replace(/>/g, "›");
}
