/**
 * Lists every security event of a year with its date and the sources that report it.
 *
 *   pnpm --filter @bilat/examples security-events [data-folder] [year]
 */
import { findRecord, formatDate, loadDataset, queryEvents } from "@bilat/core";

const [dataDir = "../data/sen-mli", year = "2025"] = process.argv.slice(2);

const result = await loadDataset(dataDir);
if (!result.ok) {
  for (const p of result.problems) console.error(`${p.file}:${p.line}:${p.column}  ${p.message}`);
  process.exit(1);
}
const { dataset } = result;

const events = queryEvents(dataset, { from: year, to: year, pillars: ["security"] });
console.log(`${events.length} security events in ${year}`);
for (const event of events) {
  const sources = event.citations.map((c) => {
    const source = findRecord(dataset, "source", c.source);
    return source
      ? `${source.outlet ?? source.title} (${source.reliability}${c.credibility})`
      : c.source;
  });
  const title = event.title.en ?? event.title.fr;
  console.log(`- ${formatDate(event.date, "en")}: ${title} [${[...new Set(sources)].join("; ")}]`);
}
