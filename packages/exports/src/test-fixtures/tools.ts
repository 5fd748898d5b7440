import { accessSync, constants } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { missingService } from "@maturo/vitest-config";
import type { ExportFile } from "../export-files.js";

/** Absolute path of an executable on PATH, or null. */
export function which(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * A tool the export suites need: its path, or null with a visible notice (a failure in CI, where
 * `.ci/run` installs it).
 */
export function requireTool(name: string, what: string, debianPackage: string): string | null {
  return (
    which(name) ?? missingService(what, `\`${name}\` is not on PATH (apt-get install -y ${debianPackage})`)
  );
}

/** Write export files into a fresh temporary folder, as `maturo export --out` would. */
export async function writeExport(files: readonly ExportFile[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "maturo-export-"));
  for (const file of files) await writeFile(join(dir, file.name), file.content);
  return dir;
}

/** Split PSPP's CSV output (`pspp -o out.csv`) into its tables, in output order. */
export function psppTables(output: string): { title: string; rows: string[][] }[] {
  const tables: { title: string; rows: string[][] }[] = [];
  for (const block of output.split(/\r?\n\r?\n/)) {
    const lines = parseCsv(block);
    const title = lines[0]?.[0];
    if (title?.startsWith("Table: "))
      tables.push({ title: title.slice("Table: ".length), rows: lines.slice(1) });
  }
  return tables;
}

/** A minimal RFC 4180 reader for the tests (`;` for the Dutch spreadsheet dialect). */
export function parseCsv(text: string, separator: "," | ";" = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
