import type { Digest } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import type { BriefSection } from "./brief-profile.js";
import { atAGlance } from "./layout/at-a-glance.js";
import { editionChanges } from "./layout/changes.js";
import { eventsChart } from "./layout/chart.js";
import { discrepancies, intelligenceGaps } from "./layout/discrepancies-gaps.js";
import { endnotes, methodNote } from "./layout/endnotes.js";
import { pageFooter, pageHeader } from "./layout/header-footer.js";
import { keyJudgments } from "./layout/key-judgments.js";
import { placesMap } from "./layout/map.js";
import { pillarSections } from "./layout/pillar-sections.js";
import { titleBlock } from "./layout/title-block.js";
import type { DocumentDefinition } from "./pdf/print-pdf.js";
import { DEFAULT_STYLE, PAGE, STYLES } from "./styles.js";
import { printableContent, printableDynamic } from "./text/printable-text.js";

/** The layout of each section a brief shows; the digest says which, and in what order. */
const LAYOUTS: Record<BriefSection, (digest: Digest) => Content[] | Promise<Content[]>> = {
  keyJudgments,
  changes: editionChanges,
  atAGlance,
  map: placesMap,
  chart: eventsChart,
  developments: pillarSections,
  discrepancies,
  gaps: intelligenceGaps,
  sources: endnotes,
  method: methodNote,
};

const hasLayout = (id: string): id is BriefSection => Object.hasOwn(LAYOUTS, id);

export interface BriefOptions {
  /** Author named in the PDF metadata; "bilat" by default. */
  author?: string;
}

/** The archival standard of the brief: PDF/A-3 level A (tagged), which allows attachments. */
export const PDF_A = "PDF/A-3a";

/**
 * The briefing note as a pdfmake document: the title, then the digest's sections in its order
 * (a section the brief has no layout for is not shown), tagged for the structure tree (PDF/UA),
 * the TLP marking and page numbers on every page (artifacts), and metadata dated from the digest
 * so that the bytes are reproducible.
 */
export async function briefDocument(
  digest: Digest,
  options: BriefOptions = {},
): Promise<DocumentDefinition> {
  const { labels, meta } = digest;
  const produced = new Date(`${meta.generated.iso}T00:00:00Z`);
  const content: Content[] = [titleBlock(digest)];
  for (const { id } of digest.sections) {
    if (hasLayout(id)) content.push(...(await LAYOUTS[id](digest)));
  }
  return {
    pageSize: PAGE.size,
    pageMargins: PAGE.margins,
    version: "1.7",
    subset: PDF_A,
    tagged: true,
    language: digest.lang,
    displayTitle: true,
    info: {
      title: `${labels.document.briefTitle} — ${meta.title}`,
      subject: `${meta.pair}, ${meta.period.text}`,
      author: options.author ?? "bilat",
      creator: "bilat",
      producer: "bilat (pdfmake, pdfkit)",
      keywords: [meta.tlp, meta.pair, ...meta.pillars.map((p) => p.label), meta.edition.dataCommit]
        .filter(Boolean)
        .join(", "),
      creationDate: produced,
      modDate: produced,
    },
    header: printableDynamic(pageHeader(digest)),
    footer: printableDynamic(pageFooter(digest)),
    content: printableContent(content),
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
  };
}
