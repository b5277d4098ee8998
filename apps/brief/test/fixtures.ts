import { fileURLToPath } from "node:url";
import { buildDigest, type Digest, type DigestOptions, loadDataset } from "@bilat/core";
import { BRIEF_PROFILE } from "../src/index.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Data folders on disk the brief is rendered from. */
export const FOLDERS = {
  minimal: here("../../../packages/core/test/fixtures/minimal"),
  sample: here("./fixtures/sen-mli-sample"),
  data: here("../../../data/sen-mli"),
};

/** The folders to render: the fixtures, and the real data once it validates. */
export async function renderableFolders(): Promise<[string, string][]> {
  const folders: [string, string][] = [
    ["minimal", FOLDERS.minimal],
    ["sample", FOLDERS.sample],
  ];
  const data = await loadDataset(FOLDERS.data);
  if (data.ok && data.dataset.events.length > 0) folders.push(["data", FOLDERS.data]);
  return folders;
}

/** The digest of a data folder as the command builds it for a brief. */
export async function digestOf(dir: string, options: DigestOptions = {}): Promise<Digest> {
  const result = await loadDataset(dir);
  if (!result.ok) {
    throw new Error(`${dir} is invalid: ${result.problems.map((p) => p.message).join("; ")}`);
  }
  return buildDigest(result.dataset, { profile: BRIEF_PROFILE, ...options });
}
