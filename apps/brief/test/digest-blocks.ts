import type { Digest } from "@bilat/core";
import { withoutBidiControls } from "@bilat/figures";

/** Every text of the digest the brief must print, named by where it comes from. */
export function digestBlocks(digest: Digest): [string, string][] {
  const blocks: [string, string][] = [["title", digest.meta.title]];
  for (const j of digest.judgments) blocks.push([`judgment ${j.id}`, j.statement]);
  for (const f of digest.keyFigures)
    blocks.push([`figure ${f.id}`, f.name], [`figure ${f.id} value`, f.value]);
  for (const p of digest.pillars) {
    blocks.push([`pillar ${p.pillar}`, p.summary]);
    for (const e of p.developments)
      blocks.push([`event ${e.id} title`, e.title], [`event ${e.id}`, e.summary]);
  }
  for (const d of digest.discrepancies) {
    blocks.push(
      [`discrepancy ${d.recordId}`, d.subject],
      [`discrepancy ${d.recordId} note`, d.note],
    );
    for (const c of d.claims) blocks.push([`claim of ${d.recordId}`, c.statement]);
  }
  for (const g of digest.gaps) blocks.push(["gap", g]);
  for (const s of digest.sources) {
    blocks.push([`source ${s.id}`, s.title], [`outlet ${s.id}`, s.outlet]);
    if (s.url !== undefined) blocks.push([`link ${s.id}`, s.url]);
  }
  return blocks;
}

const RTL_WORD = /[\u0590-\u08ff]/;
/** Text as compared: no spaces, line breaks or break opportunities (the layout adds those). */
const squeeze = (text: string) => text.replace(/[\s\u00a0\u200b]/g, "");

/**
 * Whether a text of the data is in the extracted text of the PDF: whole, in order, for
 * left-to-right text; word by word for right-to-left words, which extraction may put in
 * visual order. Bidi controls are not printed (see printable-text.ts).
 */
export function isPrinted(text: string, extracted: string): boolean {
  const plain = withoutBidiControls(text);
  const pdf = squeeze(extracted);
  if (!RTL_WORD.test(plain)) return pdf.includes(squeeze(plain));
  return plain
    .split(/\s+/)
    .filter((w) => w !== "")
    .every((word) => pdf.includes(squeeze(word)));
}
