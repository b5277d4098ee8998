import { ROOT } from "./helpers/bilat.js";

// The command line runs in process from the repository root, as `pnpm bilat` does.
process.chdir(ROOT);
