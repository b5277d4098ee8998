export type Path = (string | number)[];

/** One object or array met by `eachVisit`: its key in its parent, and its path, built when asked for. */
export class Visit {
  private built: Path | undefined;
  constructor(
    readonly node: object,
    private readonly parent: Visit | undefined,
    readonly key: string | number | undefined,
  ) {}

  /** The key of the parent in its own parent, e.g. `citations` for a citation. */
  get parentKey(): string | number | undefined {
    return this.parent?.key;
  }

  /** The path from the record's root. Built on demand: most nodes are visited, few reported. */
  get path(): Path {
    if (this.built === undefined) {
      this.built =
        this.parent === undefined ? [] : [...this.parent.path, this.key as string | number];
    }
    return this.built;
  }
}

/**
 * Visits every object and array inside a record, parents before children and in document
 * order, handed to a function: an explicit stack rather than nested generators, and paths built
 * only when read, since the checks run over every node of a load (on big datasets a generator's
 * cost and the paths' garbage both showed in the loading time).
 */
export function eachVisit(node: unknown, visitor: (visit: Visit) => void): void {
  if (node === null || typeof node !== "object") return;
  const stack: Visit[] = [new Visit(node, undefined, undefined)];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    visitor(visit);
    pushChildren(stack, visit);
  }
}

/** Pushes a visit's children last first, so that they are visited first to last. */
function pushChildren(stack: Visit[], visit: Visit): void {
  const current = visit.node;
  if (Array.isArray(current)) {
    for (let i = current.length - 1; i >= 0; i--) {
      const child: unknown = current[i];
      if (child !== null && typeof child === "object") stack.push(new Visit(child, visit, i));
    }
  } else {
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child: unknown = (current as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") stack.push(new Visit(child, visit, key));
    }
  }
}
