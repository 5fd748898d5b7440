import type { RegressionTable } from "./regression-table.js";

function escapeCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** GitHub-flavoured markdown: group rows in bold, footnotes as lines under the table. */
export function renderMarkdown(table: RegressionTable): string {
  const lines: string[] = [];
  if (table.title !== null) lines.push(`**${escapeCell(table.title)}**`, "");
  lines.push(`|  | ${table.columns.map(escapeCell).join(" | ")} |`);
  lines.push(`|---|${table.columns.map(() => "---:").join("|")}|`);
  for (const row of table.rows) {
    const label = row.kind === "group" ? `**${escapeCell(row.label)}**` : escapeCell(row.label);
    lines.push(`| ${label} | ${row.cells.map(escapeCell).join(" | ")} |`);
  }
  lines.push("");
  for (const note of table.footnotes) lines.push(`*${escapeCell(note).replace(/\*/g, "\\*")}*`);
  return `${lines.join("\n")}\n`;
}
