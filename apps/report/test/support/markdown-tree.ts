import type { Heading, Nodes, Parent, Root, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** Parses Markdown as GitHub does: CommonMark plus tables, footnotes, autolinks, strikethrough. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export interface Visit {
  node: Nodes;
  ancestors: Parent[];
}

/** Every node of the tree, depth first, with its ancestors (nearest last). */
export function* walk(node: Nodes, ancestors: Parent[] = []): Generator<Visit> {
  yield { node, ancestors };
  if ("children" in node) {
    for (const child of node.children) yield* walk(child as Nodes, [...ancestors, node]);
  }
}

/** The nodes of one type anywhere in the tree. */
export function nodesOfType<T extends Nodes["type"]>(
  root: Nodes,
  type: T,
): Extract<Nodes, { type: T }>[] {
  return [...walk(root)]
    .map((v) => v.node)
    .filter((n): n is Extract<Nodes, { type: T }> => n.type === type);
}

/** The text a reader sees in a node; a footnote reference reads as `[^id]`. */
export function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "footnoteReference") return `[^${node.identifier}]`;
  if ("children" in node) return node.children.map((c) => plainText(c as Nodes)).join("");
  return "";
}

/** The top-level nodes under the level-2 heading that reads `title`, up to the next one. */
export function section(root: Root, title: string): Nodes[] {
  const start = root.children.findIndex(
    (n) => n.type === "heading" && n.depth === 2 && plainText(n) === title,
  );
  if (start < 0) throw new Error(`no section "${title}"`);
  const rest = root.children.slice(start + 1);
  const end = rest.findIndex((n) => n.type === "heading" && (n as Heading).depth <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The first table of a section, as rows of cell texts (the header row first). */
export function sectionTable(root: Root, title: string): string[][] {
  const table = section(root, title).find((n): n is Table => n.type === "table");
  if (table === undefined) throw new Error(`no table in section "${title}"`);
  return table.children.map((row) => row.children.map((cell) => plainText(cell)));
}
