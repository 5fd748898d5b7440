#!/usr/bin/env node
// Sums Vitest's JSON reports (.vitest-report.json, one per package) into one line for CI:
//   tests: N passed, N failed
// preceded by a line per failure (.vitest-failures.json, written by @maturo/vitest-config's
// FailureReporter): the file, the test or the suite whose hook failed, and the error's first lines,
// so the end of a long CI log says what failed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
let passed = 0;
let failed = 0;
const broken = [];
const failures = [];
for (const group of ["apps", "packages", "plugins", "tooling"]) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const report = join(dir, name, ".vitest-report.json");
    const failureReport = join(dir, name, ".vitest-failures.json");
    if (existsSync(failureReport)) {
      try {
        for (const { file, where, message } of JSON.parse(readFileSync(failureReport, "utf8")))
          failures.push(
            `${group}/${name}/${file}${where ? ` > ${where}` : ""}\n    ${message.split("\n").join("\n    ")}`,
          );
      } catch {
        failures.push(`${relative(root, failureReport)} is unreadable`);
      }
    }
    if (!existsSync(report)) continue;
    try {
      const data = JSON.parse(readFileSync(report, "utf8"));
      passed += data.numPassedTests ?? 0;
      // A test file that failed outside its tests (it did not load, or a beforeAll hook threw) counts
      // as one failure even though none of its tests is marked failed.
      const failedSuites = (data.testResults ?? []).filter(
        (r) => r.status === "failed" && !(r.assertionResults ?? []).some((a) => a.status === "failed"),
      ).length;
      failed += (data.numFailedTests ?? 0) + failedSuites;
    } catch {
      broken.push(relative(root, report));
      failed += 1;
    }
  }
}
if (broken.length > 0) console.log(`unreadable reports (counted as failures): ${broken.join(", ")}`);
for (const failure of failures) console.log(`failed: ${failure}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
