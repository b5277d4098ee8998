/**
 * Benchmark of the figures: the map's first render in a fresh process (atlas read, basemap of
 * the view prepared), a second render of the same view (basemap from the process's cache), a
 * render of another view, and the size of each SVG; then the chart.
 *
 *   node_modules/.bin/tsx --conditions=@bilat/source bench/figures.ts [--runs N]
 *
 * CPU times (process.cpuUsage) are printed beside wall times: on a shared machine they are
 * the steadier figure.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "5" }, child: { type: "string" } },
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const PAIRS: Record<string, string[]> = {
  "Senegal–Mali (neighbours)": ["SEN", "MLI"],
  "Senegal–France (far apart)": ["SEN", "FRA"],
  "Cape Verde–Senegal (island state)": ["CPV", "SEN"],
};
const POINTS = [
  { id: "dakar", label: "Dakar", lat: 14.69, lon: -17.45, approximate: false, count: 9 },
  { id: "bamako", label: "Bamako", lat: 12.64, lon: -8.0, approximate: false, count: 12 },
  { id: "kayes", label: "Kayes", lat: 14.45, lon: -11.44, approximate: true, count: 4 },
];

if (values.child) {
  // One fresh process: time each step and print them as JSON.
  const t = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
  const since = (a: ReturnType<typeof t>) => {
    const c = process.cpuUsage(a.cpu);
    return { wall: performance.now() - a.wall, cpu: (c.user + c.system) / 1000 };
  };
  const start = t();
  const { renderMapSvg } = await import("../packages/figures/src/index.js");
  const imported = since(start);
  const input = (focus: string[], height = 290) => ({
    focus,
    points: POINTS,
    width: 483,
    height,
    labels: { approximate: "Approximate location", events: "Events" },
  });
  const focus = PAIRS[values.child] ?? ["SEN", "MLI"];
  let at = t();
  const first = renderMapSvg(input(focus));
  const firstTime = since(at);
  at = t();
  renderMapSvg(input(focus));
  const again = since(at);
  at = t();
  renderMapSvg(input(focus, 300));
  const otherView = since(at);
  console.log(JSON.stringify({ imported, firstTime, again, otherView, bytes: first.svg.length }));
} else {
  const runs = Number(values.runs);
  const script = fileURLToPath(import.meta.url);
  const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(`map, 483 × 290 pt, medians of ${runs} fresh processes (CPU / wall)`);
  for (const name of Object.keys(PAIRS)) {
    const rows = Array.from({ length: runs }, () => {
      const out = spawnSync(tsx, ["--conditions=@bilat/source", script, "--child", name], {
        encoding: "utf8",
      });
      return JSON.parse(out.stdout.trim().split("\n").pop() ?? "{}");
    });
    const col = (key: string) =>
      `${ms(median(rows.map((r) => r[key].cpu)))} / ${ms(median(rows.map((r) => r[key].wall)))}`;
    console.log(`  ${name}`);
    console.log(`    first render (atlas + basemap)  ${col("firstTime")}`);
    console.log(`    same view again (cached)        ${col("again")}`);
    console.log(`    another view                    ${col("otherView")}`);
    console.log(`    SVG                             ${(rows[0].bytes / 1000).toFixed(1)} KB`);
  }
}
