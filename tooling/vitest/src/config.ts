import { defineConfig, type ViteUserConfig } from "vitest/config";
import { FailureReporter } from "./failure-report.js";

export interface MaturoTestOptions {
  /** Glob patterns of test files, relative to the package. */
  include?: string[];
  /**
   * Per-test timeout in milliseconds. Generous by default: a timeout only catches a hang, and CI runs on a
   * busy 2-core machine where an Rscript oracle or a database suite can take many times its usual time.
   */
  testTimeout?: number;
  /** Run test files one at a time (suites that share a database or a port). */
  serial?: boolean;
}

/**
 * The one Vitest configuration of the workspace. Every run also writes `.vitest-report.json`
 * (Vitest's JSON reporter) so CI can sum passed and failed tests over all packages, and
 * `.vitest-failures.json` (failure-report.ts) so it can say which failed and why, hooks included.
 */
export function defineMaturoConfig(options: MaturoTestOptions = {}): ViteUserConfig {
  return defineConfig({
    test: {
      include: options.include ?? ["src/**/*.test.ts", "src/**/*.test.tsx"],
      testTimeout: options.testTimeout ?? 120_000,
      hookTimeout: options.testTimeout ?? 180_000,
      reporters: ["default", ["json", { outputFile: ".vitest-report.json" }], new FailureReporter()],
      ...(options.serial ? { fileParallelism: false } : {}),
    },
  });
}
