/** The parts of a Handlebars AST node this pass looks at. */
interface Node {
  type?: string;
  strict?: boolean;
  params?: Node[];
  hash?: { pairs: { value: Node }[] };
}

/**
 * Makes every field a template passes to a helper (`{{md titel}}`, `{{#each evnts}}`) as strict
 * as a bare `{{field}}`: Handlebars' `strict` mode checks only the latter, and in a Markdown
 * template nearly all data goes through helpers. A field that exists but is empty still passes.
 */
export function strictParams(node: unknown): void {
  if (node === null || typeof node !== "object") return;
  const { params = [], hash } = node as Node;
  for (const param of [...params, ...(hash?.pairs ?? []).map((p) => p.value)]) {
    if (param.type === "PathExpression") param.strict = true;
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach(strictParams);
    else strictParams(value);
  }
}
