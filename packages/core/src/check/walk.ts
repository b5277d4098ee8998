export type Path = (string | number)[];

/**
 * Visits every object and array inside a record, with its path, parents before children and in
 * document order. An explicit stack rather than nested generators: each value would otherwise
 * be handed up through one generator per level, which showed in the loading time of big datasets.
 */
export function* walk(
  node: unknown,
  path: Path = [],
): Generator<{ node: object; path: Path; key: string | number | undefined }> {
  const stack: { node: unknown; path: Path }[] = [{ node, path }];
  while (stack.length > 0) {
    const top = stack.pop() as { node: unknown; path: Path };
    const current = top.node;
    if (current === null || typeof current !== "object") continue;
    yield { node: current, path: top.path, key: top.path[top.path.length - 1] };
    // Children are pushed last first, so that they are visited first to last.
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const child: unknown = current[i];
        if (child !== null && typeof child === "object")
          stack.push({ node: child, path: [...top.path, i] });
      }
    } else {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        if (child !== null && typeof child === "object")
          stack.push({ node: child, path: [...top.path, key] });
      }
    }
  }
}
