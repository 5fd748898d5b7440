import { spawnSync } from "node:child_process";

/**
 * Runs an R script with Rscript in `dir`, in a UTF-8 locale as a researcher's session has (so labels
 * print as they are); throws with R's messages when it fails, else returns what it printed.
 */
export function runRscript(script: string, dir: string): string {
  const r = spawnSync("Rscript", [script], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C.UTF-8" },
  });
  if (r.status !== 0) throw new Error(`Rscript ${script} exited ${r.status}:\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

/**
 * The rows of the table an R script printed under `title` (the console's scripts print each table
 * as a title line, a header line, then one line a row up to an empty line), split on whitespace and
 * keyed by their first field. Text with spaces (a label) is put last by the scripts, so the fields
 * before it stay in place.
 */
export function printedTable(stdout: string, title: string): Map<string, string[]> {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => line.trim() === title);
  if (start < 0) throw new Error(`R printed no table "${title}":\n${stdout}`);
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(start + 2)) {
    if (line.trim() === "") break;
    const [key = "", ...fields] = line.trim().split(/\s+/);
    rows.set(key, fields);
  }
  return rows;
}

/** Whether R printed a line with `label` followed by exactly `cells` (a row of a labelled table). */
export function printedRow(stdout: string, label: string, cells: readonly string[]): boolean {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const row = new RegExp(`^\\s*${[label, ...cells].map(literal).join("\\s+")}\\s*$`, "m");
  return row.test(stdout);
}
