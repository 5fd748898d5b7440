import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Reporter, SerializedError, TestModule, TestSuite, Vitest } from "vitest/node";

/** Where each package's run leaves its failures, beside `.vitest-report.json`. */
export const FAILURE_REPORT = ".vitest-failures.json";

export interface ReportedFailure {
  /** The test file, relative to the package. */
  file: string;
  /** The failed test's full name, or the suite whose hook failed, or "" for the file itself. */
  where: string;
  message: string;
}

interface ErrorLike {
  message?: string;
  stack?: string;
}

/** The first lines of an error (its message, then where): enough to name the cause at the end of a long CI log. */
function summary(error: ErrorLike): string {
  const message = error.message ?? "";
  const stack = error.stack ?? "";
  const text = stack.includes(message) ? stack : `${message}\n${stack}`;
  // Vitest's, Node's and the libraries' own frames say nothing about the cause.
  const lines = text
    .split("\n")
    .filter((line) => !/^\s+at .*(node_modules|node:internal|<anonymous>)/.test(line));
  return lines.slice(0, 8).join("\n");
}

/**
 * Writes every failure of a run, hooks included, to `.vitest-failures.json`. Vitest's JSON report
 * marks the tests of a suite whose `beforeAll` threw as skipped and keeps no error at all, so a CI
 * log whose tail is all one sees could not tell which hook failed, or why.
 */
export class FailureReporter implements Reporter {
  /** The run's root (the package), where the report is written and files are named from. */
  #root = process.cwd();

  onInit(vitest: Vitest): void {
    this.#root = vitest.config.root;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    const failures: ReportedFailure[] = [];
    const add = (module: TestModule, where: string, errors: readonly ErrorLike[]): void => {
      for (const error of errors)
        failures.push({ file: relative(this.#root, module.moduleId), where, message: summary(error) });
    };
    for (const module of modules) {
      add(module, "", module.errors());
      const suites: TestSuite[] = [...module.children.allSuites()];
      for (const suite of suites) add(module, suite.fullName, suite.errors());
      for (const test of module.children.allTests("failed"))
        add(module, test.fullName, test.result().errors ?? []);
    }
    for (const error of unhandled)
      failures.push({ file: "", where: "an error outside any test", message: summary(error) });
    writeFileSync(join(this.#root, FAILURE_REPORT), `${JSON.stringify(failures, null, 2)}\n`);
  }
}
