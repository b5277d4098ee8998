export type Path = (string | number)[];

/** Visits every object and array inside a record, with its path. */
export function* walk(
  node: unknown,
  path: Path = [],
): Generator<{ node: object; path: Path; key: string | number | undefined }> {
  if (node === null || typeof node !== "object") return;
  yield { node, path, key: path[path.length - 1] };
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* walk(child, [...path, i]);
  } else {
    for (const [key, child] of Object.entries(node)) yield* walk(child, [...path, key]);
  }
}
