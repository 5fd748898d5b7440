import { defineConfig } from "vitest/config";

// This package provides the shared config, so it cannot import its own build here.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".vitest-report.json" }]],
  },
});
