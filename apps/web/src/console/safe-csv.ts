/**
 * CSV for spreadsheets: text starting with `=`, `+`, `-`, `@`, a tab, a carriage return or `'` gets a
 * leading `'`, so Excel or LibreOffice never runs a cell as a formula (the same reversible rule as
 * @maturo/exports). Fields are quoted when needed (RFC 4180); lines end with CRLF.
 */
export function safeCsvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const escaped = /^[=+\-@\t\r']/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(escaped) ? `"${escaped.replace(/"/g, '""')}"` : escaped;
}

export function safeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return `${[header, ...rows].map((row) => row.map(safeCsvField).join(",")).join("\r\n")}\r\n`;
}
