import type { Content } from "pdfmake/interfaces.js";

/**
 * A structure element of the tagged PDF, as the patched pdfmake reads it from a node's or an
 * inline's `tag` (see the README): its PDF structure type, and the attributes a reader needs.
 * The same object on several nodes makes them one element; `parent` names an element that
 * holds several nodes' elements (one list whose items are separate blocks).
 */
export interface StructureTag {
  type: string;
  /** Alternate text, for a Figure. */
  alt?: string;
  /** BCP 47 language of a passage in another language than the document's. */
  lang?: string;
  /** The text in reading order, where the glyphs are drawn in another (right-to-left runs). */
  actual?: string;
  /** What a table header cell heads. */
  scope?: "Column" | "Row" | "Both";
  /** For an Artifact: Pagination (running heads and feet), Layout, Page or Background. */
  kind?: string;
  parent?: StructureTag;
}

/** A node (or an inline) tagged as a structure element. */
export function tagged<T>(node: T, tag: string | StructureTag): T {
  return { ...node, tag } as T;
}

/** A new list element, shared by the items that are laid out as separate blocks. */
export const listTag = (): StructureTag => ({ type: "L" });

/** A new table element, shared by rows that are laid out as separate tables. */
export const tableTag = (): StructureTag => ({ type: "Table" });

/** Page furniture (running head and foot): read by no screen reader, kept out of the structure. */
export function artifact(node: Content): Content {
  return tagged(node, { type: "Artifact", kind: "Pagination" });
}
