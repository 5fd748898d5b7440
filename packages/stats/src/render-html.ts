import type { RegressionTable } from "./regression-table.js";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An accessible HTML table: caption, column and row headers, footnotes in the `tfoot`. */
export function renderHtml(table: RegressionTable): string {
  const n = table.columns.length;
  const lines: string[] = ['<table class="regression-table">'];
  if (table.title !== null) lines.push(`<caption>${escapeHtml(table.title)}</caption>`);
  lines.push(
    `<thead><tr><td></td>${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead>`,
    "<tbody>",
  );
  for (const row of table.rows) {
    if (row.kind === "group") {
      lines.push(
        `<tr class="group"><th scope="rowgroup" colspan="${n + 1}">${escapeHtml(row.label)}</th></tr>`,
      );
    } else {
      lines.push(
        `<tr class="${row.kind}"><th scope="row">${escapeHtml(row.label)}</th>${row.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`,
      );
    }
  }
  lines.push("</tbody>");
  lines.push(
    `<tfoot>${table.footnotes.map((f) => `<tr><td colspan="${n + 1}">${escapeHtml(f)}</td></tr>`).join("")}</tfoot>`,
    "</table>",
  );
  return `${lines.join("\n")}\n`;
}
