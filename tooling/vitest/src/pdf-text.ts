import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { missingService } from "./environment.js";

/** Whether poppler's `pdftotext` can run; false with a notice when not (throws in CI). */
export function hasPdftotext(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    missingService("pdftotext", "apt-get install -y poppler-utils", env);
    return false;
  }
}

/**
 * The text of a PDF as `pdftotext` reads it, runs of white space made one space. With `layout`, a
 * table row stays on one line, so a test can read a row's cells in order.
 */
export function pdfText(pdf: Uint8Array, options: { layout?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "maturo-pdf-"));
  try {
    const file = join(dir, "document.pdf");
    writeFileSync(file, pdf);
    const args = [...(options.layout ? ["-layout"] : []), file, "-"];
    return execFileSync("pdftotext", args, { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
