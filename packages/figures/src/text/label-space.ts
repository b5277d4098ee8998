// Greedy label placement: each label takes the first candidate spot that is free.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Anchor = "start" | "middle" | "end";

/** The box a text occupies when drawn at (x, y) on its baseline. */
export function textBox(
  x: number,
  y: number,
  width: number,
  fontSize: number,
  anchor: Anchor,
): Box {
  const x0 = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
  return { x0, y0: y - fontSize * 0.76, x1: x0 + width, y1: y + fontSize * 0.24 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(box: Box, frame: Box): boolean {
  return box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1;
}

function grow(box: Box, by: number): Box {
  return { x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by };
}

/**
 * The space of a figure: boxes taken so far, inside a frame that labels must not leave. A new
 * box must keep `margin` clear of the others, so that two names never touch.
 */
export class LabelSpace {
  private readonly taken: Box[] = [];
  /** Boxes that a label may cover as a last resort (markers), unlike other labels. */
  private readonly soft = new Set<Box>();

  constructor(
    private readonly frame: Box,
    private readonly margin = 2,
  ) {}

  occupy(box: Box, soft = false): void {
    this.taken.push(box);
    if (soft) this.soft.add(box);
  }

  /** An independent copy, to try one order of placement and keep it only if it works out. */
  clone(): LabelSpace {
    const copy = new LabelSpace(this.frame, this.margin);
    for (const box of this.taken) copy.occupy(box, this.soft.has(box));
    return copy;
  }

  /** Inside the frame and clear of every box (or, with `overSoft`, of every hard one). */
  isFree(box: Box, overSoft = false): boolean {
    const wide = grow(box, this.margin);
    return (
      inside(box, this.frame) &&
      !this.taken.some((t) => overlaps(t, wide) && !(overSoft && this.soft.has(t)))
    );
  }

  /** The first candidate that is free and passes `accept`, now taken; undefined if none. */
  claim<T extends { box: Box }>(
    candidates: readonly T[],
    accept: (candidate: T) => boolean = () => true,
  ): T | undefined {
    const found = candidates.find((c) => this.isFree(c.box) && accept(c));
    if (found) this.occupy(found.box);
    return found;
  }
}
