import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@bilat/source"] },
  ssr: { resolve: { conditions: ["@bilat/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // The command line runs in process from the repository root (see the setup file); forks,
    // unlike worker threads, may change their working folder.
    pool: "forks",
    setupFiles: ["test/setup-cwd.ts"],
    // Tests that run the command line as a process run the built one: build it first.
    globalSetup: ["test/helpers/build-cli.ts"],
    testTimeout: 60_000,
  },
});
