import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { missingService } from "./environment.js";

const PACKAGES = ["sandwich", "clubSandwich", "survey", "psych", "jsonlite"];

function probeR(): string | null {
  const probe = spawnSync(
    "Rscript",
    ["--vanilla", "-e", `suppressMessages({${PACKAGES.map((p) => `library(${p})`).join("; ")}})`],
    { encoding: "utf8" },
  );
  if (probe.error !== undefined) return "`Rscript` is not on PATH (apt-get install -y r-base-core)";
  if (probe.status !== 0) {
    return `an R package is missing (apt-get install -y r-cran-sandwich r-cran-clubsandwich r-cran-survey r-cran-psych r-cran-jsonlite): ${probe.stderr.trim()}`;
  }
  return null;
}

const problem = probeR();

/**
 * True when Rscript and the R packages the method tests compare against are installed; otherwise
 * a visible notice (and a failure with CI=true, where `.ci/run` installs them).
 */
export const rAvailable: boolean =
  problem === null ||
  missingService("R (Rscript with sandwich, clubSandwich, survey, psych)", problem) !== null;

/** Numbers as R reads them back exactly (17 significant digits). */
function csvCell(value: number | string | null): string {
  if (value === null) return "NA";
  return typeof value === "number" ? value.toPrecision(17) : `"${value.replaceAll('"', '""')}"`;
}

/** Columns as a CSV file (header row, then one line per row). */
export function toCsv(columns: Readonly<Record<string, ArrayLike<number | string | null>>>): string {
  const names = Object.keys(columns);
  const n = columns[names[0] as string]?.length ?? 0;
  const lines = [names.join(",")];
  for (let i = 0; i < n; i++) lines.push(names.map((name) => csvCell(columns[name]?.[i] ?? null)).join(","));
  return `${lines.join("\n")}\n`;
}

/**
 * Runs an R script in a fresh folder holding `files` and returns what it prints as JSON
 * (the script ends with `cat(jsonlite::toJSON(…, digits = NA, auto_unbox = TRUE))`).
 */
export async function runR(script: string, files: Readonly<Record<string, string>>): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), "maturo-stats-r-"));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    await writeFile(join(dir, "oracle.R"), script);
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        "Rscript",
        ["--vanilla", "oracle.R"],
        { cwd: dir, env: { ...process.env, LC_ALL: "C" }, maxBuffer: 1 << 26 },
        (error, out, err) => (error === null ? resolve(out) : reject(new Error(`${error.message}\n${err}`))),
      );
    });
    return JSON.parse(stdout) as unknown;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every value within `relative` of R's (relative to R's magnitude), nulls where R has NA. */
export function expectCloseToR(
  actual: readonly (number | null | undefined)[],
  expected: readonly (number | null)[],
  relative = 1e-9,
  what = "value",
): void {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((value, i) => {
    const reference = expected[i];
    if (reference === null || reference === undefined) {
      expect(value ?? null, `${what} ${i}`).toBeNull();
      return;
    }
    expect(value, `${what} ${i}`).not.toBeNull();
    const error = Math.abs((value as number) - reference) / Math.max(Math.abs(reference), 1e-300);
    expect(error, `${what} ${i}: ${value} against R's ${reference}`).toBeLessThanOrEqual(relative);
  });
}
