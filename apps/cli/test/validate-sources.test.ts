import { join } from "node:path";
import { replaceOnce } from "@bilat/test-data";
import { afterAll, describe, expect, it } from "vitest";
import { bilat, dataFolder, fixtureText, removeDataFolders } from "./helpers/bilat.js";

afterAll(removeDataFolders);

const PLEDGE =
  "Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.";

describe("bilat validate against the archived sources", () => {
  it("exits 1 on an excerpt changed by one word, at the excerpt, quoting the archive", async () => {
    const event = replaceOnce(
      await fixtureText("events/evt-pledge.yaml"),
      `excerpt: ${PLEDGE}`,
      `excerpt: «1»${PLEDGE.replace("deepen", "widen")}`,
    );
    const { dir, marks } = await dataFolder({ "events/evt-pledge.yaml": event });
    const place = marks.get(1);
    const run = await bilat(["validate", "--data", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(dir, "events/evt-pledge.yaml")}:${place?.line}:${place?.column}  error  the excerpt is not in the archived text of \`src-ecofin\` (archive/src-ecofin.txt); the archive reads: «${PLEDGE}»  [excerpt-not-in-archive]`,
    );
  });

  it("says the same in French under --lang fr, with French typography", async () => {
    const event = replaceOnce(
      await fixtureText("events/evt-pledge.yaml"),
      `excerpt: ${PLEDGE}`,
      `excerpt: ${PLEDGE.replace("Senegal", "senegal")}`,
    );
    const { dir } = await dataFolder({ "events/evt-pledge.yaml": event });
    const run = await bilat(["validate", "--data", dir, "--lang", "fr"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `l’extrait ne figure pas dans le texte archivé de \`src-ecofin\` (archive/src-ecofin.txt)\u00a0; l’archive porte\u00a0: «\u00a0${PLEDGE}\u00a0»  [excerpt-not-in-archive]`,
    );
  });

  it("warns on a source with no archive, and fails on it under --strict", async () => {
    const source = replaceOnce(
      await fixtureText("sources/src-ecofin.yaml"),
      "archive: archive/src-ecofin.txt\n",
      "",
    );
    const { dir } = await dataFolder({
      "sources/src-ecofin.yaml": source,
      "archive/src-ecofin.txt": null,
    });
    const [plain, strict] = await Promise.all([
      bilat(["validate", "--data", dir]),
      bilat(["validate", "--data", dir, "--strict"]),
    ]);
    expect(plain.status).toBe(0);
    expect(plain.stderr).toContain("warning  `src-ecofin` has no archived text");
    expect(plain.stderr).toContain("[source-without-archive]");
    expect(strict.status).toBe(1);
  });
});
