import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The shared reference data (NIST StRD, published alpha values) lives next to the repository
 * package's reference/ (copied unchanged from the project's shared
 * reference folder, with its READMEs); MATURO_REFERENCE_DIR points elsewhere.
 */
export const referenceDir: string =
  process.env.MATURO_REFERENCE_DIR ?? fileURLToPath(new URL("../../reference/", import.meta.url));

if (!existsSync(referenceDir)) throw new Error(`reference data missing: ${referenceDir}`);

export function readReference(relativePath: string): string {
  return readFileSync(`${referenceDir}/${relativePath}`, "utf8");
}

/** A minimal CSV reader for the reference files (no quoting in them). */
export function parseSimpleCsv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.trim().split(/\r?\n/);
  const header = (lines[0] ?? "").split(",");
  return { header, rows: lines.slice(1).map((line) => line.split(",")) };
}

/** Log relative error: the number of correct significant digits, capped at 15. */
export function lre(estimate: number, certified: number): number {
  if (certified === 0) return estimate === 0 ? 15 : Math.min(15, -Math.log10(Math.abs(estimate)));
  if (estimate === certified) return 15;
  return Math.min(15, -Math.log10(Math.abs(estimate - certified) / Math.abs(certified)));
}
