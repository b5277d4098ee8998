// Parses Markdown files as GitHub does (GFM: tables, footnotes) on a worker thread, so that the
// pages of a large report are read back on every core. Plain JavaScript: a worker thread does not
// go through the test runner's TypeScript transform.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

function* nodes(node) {
  yield node;
  if ("children" in node) for (const child of node.children) yield* nodes(child);
}

/** What a page shows once GitHub has parsed it. */
function readPage(file) {
  const markdown = readFileSync(file, "utf8");
  const tree = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const all = [...nodes(tree)];
  const defined = new Set(
    all.filter((n) => n.type === "footnoteDefinition").map((n) => n.identifier),
  );
  const tables = all.filter((n) => n.type === "table");
  return {
    file,
    bytes: Buffer.byteLength(markdown, "utf8"),
    headings: all.filter((n) => n.type === "heading").length,
    // Rows under each table's header, and whether every row has the header's cells.
    tableRows: tables.reduce((sum, t) => sum + t.children.length - 1, 0),
    ragged: tables.some((t) =>
      t.children.some((r) => r.children.length !== t.children[0].children.length),
    ),
    undefinedNotes: all
      .filter((n) => n.type === "footnoteReference" && !defined.has(n.identifier))
      .map((n) => n.identifier),
  };
}

for (const file of workerData.files) parentPort.postMessage(readPage(file));
