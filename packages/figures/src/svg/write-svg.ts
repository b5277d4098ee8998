// A figure as one self-contained SVG document: no CSS, no external references, generic font
// families, only the elements svg-to-pdfkit (inside pdfmake) and code hosts' image viewers draw.

import { visualRuns } from "../text/visual-runs.js";
import { type Figure, FONT_FAMILY, type Shape } from "./figure.js";
import { attrs, escapeXml, num } from "./svg-markup.js";

/**
 * Which families a figure's text names: `generic` for a standalone file (Roboto or any
 * sans-serif; a viewer falls back by itself), `embedded` for the PDF, which has no fallback of its
 * own: every stretch Roboto lacks is a tspan naming the embedded fallback family that has it.
 */
export type FigureFonts = "generic" | "embedded";

/**
 * The SVG markup of a laid-out figure, byte-identical for the same figure. `scale` enlarges the
 * drawing as a whole (type included), for a screen rather than a page.
 */
export function writeSvg(figure: Figure, scale = 1, fonts: FigureFonts = "generic"): string {
  const { width, height } = figure;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: width * scale, height: height * scale, viewBox: `0 0 ${num(width)} ${num(height)}` })}>`,
  ];
  for (const shape of figure.shapes) out.push(writeShape(shape, fonts));
  out.push("</svg>");
  return out.join("");
}

/** Features set apart from a font's defaults, as CSS writes them: `"ccmp" 0`. */
function featureSettings(features: Record<string, boolean> | undefined): string | undefined {
  if (features === undefined) return undefined;
  return Object.entries(features)
    .map(([tag, on]) => `"${tag}" ${on ? 1 : 0}`)
    .join(", ");
}

/**
 * A text's content: escaped, and in `embedded` type cut into runs by the font that has them, in
 * the order they are drawn (a viewer of the standalone file orders a mixed text by itself).
 */
function textBody(text: string, fonts: FigureFonts): string {
  if (fonts === "generic") return escapeXml(text);
  return visualRuns(text)
    .map((run) =>
      run.font === undefined
        ? escapeXml(run.text)
        : `<tspan${attrs({ "font-family": run.font.family, "font-feature-settings": featureSettings(run.font.features) })}>${escapeXml(run.text)}</tspan>`,
    )
    .join("");
}

function writeShape(shape: Shape, fonts: FigureFonts): string {
  switch (shape.kind) {
    case "rect":
      return `<rect${attrs({ x: shape.x, y: shape.y, width: shape.width, height: shape.height, ...shape.paint })}/>`;
    case "path":
      return `<path${attrs({ d: shape.d, ...shape.paint })}/>`;
    case "circle":
      return `<circle${attrs({ cx: shape.cx, cy: shape.cy, r: shape.r, ...shape.paint })}/>`;
    case "line":
      return `<line${attrs({ x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, ...shape.paint })}/>`;
    case "text": {
      // No letter-spacing: svg-to-pdfkit then places each glyph apart and PDF readers split words.
      const common = {
        x: shape.x,
        y: shape.y,
        "font-family": FONT_FAMILY,
        "font-size": shape.size,
        "font-weight": shape.bold ? "bold" : undefined,
        "text-anchor": shape.anchor === "start" ? undefined : shape.anchor,
      };
      const body = textBody(shape.text, fonts);
      // The outline is a second text underneath: svg-to-pdfkit has no paint-order.
      const halo =
        shape.halo === undefined
          ? ""
          : `<text${attrs({ ...common, fill: "none", stroke: shape.halo, "stroke-width": 2.4, "stroke-linejoin": "round" })}>${body}</text>`;
      return `${halo}<text${attrs({ ...common, ...shape.paint })}>${body}</text>`;
    }
  }
}
