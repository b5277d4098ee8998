/**
 * Pages in a PDF written by pdfkit: the /Count of its page tree, which pdfkit writes in plain
 * text (no object streams). Lets a caller report the length without parsing the whole file.
 */
export function countPages(pdf: Buffer): number {
  const text = pdf.toString("latin1");
  const counts = [...text.matchAll(/\/Type \/Pages\s*\/Count (\d+)/g)].map((m) => Number(m[1]));
  if (counts.length === 0) throw new Error("no page tree found in the PDF");
  return Math.max(...counts);
}
