import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@bilat/source"] },
  ssr: { resolve: { conditions: ["@bilat/source"] } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 },
});
