import type { RegressionTable } from "./regression-table.js";

const SPECIAL: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "{": "\\{",
  "}": "\\}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "²": "\\textsuperscript{2}",
};

export function escapeLatex(text: string): string {
  return text.replace(/[\\&%$#_{}~^²]/g, (c) => SPECIAL[c] ?? c);
}

/** A booktabs `table` with the columns right-aligned and footnotes under the rule. */
export function renderLatex(table: RegressionTable): string {
  const n = table.columns.length;
  const lines: string[] = ["\\begin{table}[htbp]", "\\centering"];
  if (table.title !== null) lines.push(`\\caption{${escapeLatex(table.title)}}`);
  lines.push(`\\begin{tabular}{l${"r".repeat(n)}}`, "\\toprule");
  lines.push(` & ${table.columns.map(escapeLatex).join(" & ")} \\\\`, "\\midrule");
  let statisticsStarted = false;
  for (const row of table.rows) {
    if (row.kind === "statistic" && !statisticsStarted) {
      lines.push("\\midrule");
      statisticsStarted = true;
    }
    if (row.kind === "group") {
      lines.push(`\\multicolumn{${n + 1}}{l}{\\textit{${escapeLatex(row.label)}}} \\\\`);
    } else {
      lines.push(`${escapeLatex(row.label)} & ${row.cells.map(escapeLatex).join(" & ")} \\\\`);
    }
  }
  lines.push("\\bottomrule", "\\end{tabular}");
  for (const note of table.footnotes) lines.push(`\\par\\footnotesize{${escapeLatex(note)}}`);
  lines.push("\\end{table}");
  return `${lines.join("\n")}\n`;
}
