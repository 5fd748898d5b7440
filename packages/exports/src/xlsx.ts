import { formatNumber, needsFormulaEscape } from "./csv.js";
import { ExportError } from "./export-error.js";
import { createZip } from "./zip.js";

/** How a cell is written and shown. */
export type XlsxCell =
  | null
  | { readonly text: string; readonly bold?: boolean }
  | { readonly number: number; readonly format?: "decimal2" | "datetime" };

export interface XlsxSheet {
  /** 1–31 characters, none of `[]:*?/\`. */
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
  /** Keep the first row in view while scrolling. */
  readonly freezeHeader?: boolean;
}

export interface XlsxWorkbook {
  readonly sheets: readonly XlsxSheet[];
  readonly title: string;
  readonly description: string;
  /** Creation date in the document properties and on the zip entries. */
  readonly created: Date;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_CELL_TEXT = 32_767;

/** Indexes into `cellXfs` of STYLES below. */
const Style = { Default: 0, Bold: 1, QuotedText: 2, Decimal2: 3, DateTime: 4 } as const;

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Text as XML character data in a SpreadsheetML string: markup characters escaped, characters XML
 * cannot carry written as `_xHHHH_`, and a literal `_xHHHH_` protected as `_x005F_xHHHH_` so Excel
 * shows it unchanged.
 */
export function xmlText(text: string): string {
  let out = "";
  // Iterating a string yields code points, so a lone surrogate arrives on its own.
  for (const char of text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "&") out += "&amp;";
    else if (char === "<") out += "&lt;";
    else if (char === ">") out += "&gt;";
    else if (char === '"') out += "&quot;";
    else if (isXmlChar(code)) out += char;
    else out += `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
  }
  return out;
}

/** XML 1.0 `Char`: tab, line feed, carriage return and the non-control ranges. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Days since 1899-12-30: Excel's serial date (1900 system) for an instant, in UTC. */
export function excelSerialDate(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function cellXml(cell: XlsxCell, ref: string): string {
  if (cell === null) return "";
  if ("text" in cell) {
    if (cell.text.length > MAX_CELL_TEXT)
      throw new ExportError([`xlsx: cell ${ref} holds more than 32767 characters`]);
    // A string cell never runs as a formula; quotePrefix also keeps it text when a user edits it.
    const style = cell.bold ? Style.Bold : needsFormulaEscape(cell.text) ? Style.QuotedText : Style.Default;
    const s = style === Style.Default ? "" : ` s="${style}"`;
    return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${xmlText(cell.text)}</t></is></c>`;
  }
  if (!Number.isFinite(cell.number)) throw new ExportError([`xlsx: cell ${ref} is not a finite number`]);
  const style =
    cell.format === "decimal2" ? Style.Decimal2 : cell.format === "datetime" ? Style.DateTime : Style.Default;
  return `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${formatNumber(cell.number)}</v></c>`;
}

function columnWidths(rows: readonly (readonly XlsxCell[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows.slice(0, 200)) {
    row.forEach((cell, index) => {
      const length =
        cell === null ? 0 : "text" in cell ? cell.text.length : cell.format === "datetime" ? 19 : 8;
      widths[index] = Math.max(widths[index] ?? 6, Math.min(60, length + 2));
    });
  }
  return widths;
}

function sheetXml(sheet: XlsxSheet): string {
  if (sheet.rows.length > MAX_ROWS)
    throw new ExportError([`xlsx: sheet "${sheet.name}" has more than ${MAX_ROWS} rows`]);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  ];
  if (sheet.freezeHeader) {
    out.push(
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    );
  }
  const widths = columnWidths(sheet.rows);
  if (widths.length > 0) {
    out.push(
      `<cols>${widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join("")}</cols>`,
    );
  }
  out.push("<sheetData>");
  sheet.rows.forEach((row, rowIndex) => {
    if (row.length > MAX_COLUMNS)
      throw new ExportError([`xlsx: sheet "${sheet.name}" has more than ${MAX_COLUMNS} columns`]);
    const cells = row.map((cell, columnIndex) =>
      cellXml(cell, `${columnLetters(columnIndex)}${rowIndex + 1}`),
    );
    out.push(`<row r="${rowIndex + 1}">${cells.join("")}</row>`);
  });
  out.push("</sheetData></worksheet>");
  return out.join("");
}

const STYLES = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>',
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  '<cellXfs count="5">',
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>',
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  "</cellXfs>",
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
  "</styleSheet>",
].join("");

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** An Office Open XML workbook (.xlsx): inline strings, typed numbers, no formulas, no macros. */
export function renderXlsx(workbook: XlsxWorkbook): Uint8Array {
  const { sheets } = workbook;
  for (const sheet of sheets) {
    if (!/^[^[\]:*?/\\]{1,31}$/.test(sheet.name))
      throw new ExportError([`xlsx: invalid sheet name "${sheet.name}"`]);
  }
  const contentTypes = [
    XML_HEADER,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...sheets.map(
      (_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${SHEET_TYPE}"/>`,
    ),
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    "</Types>",
  ].join("");
  const rootRels = [
    XML_HEADER,
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`,
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>`,
    "</Relationships>",
  ].join("");
  const workbookXml = [
    XML_HEADER,
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">`,
    "<sheets>",
    ...sheets.map(
      (sheet, index) =>
        `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
    ),
    "</sheets></workbook>",
  ].join("");
  const workbookRels = [
    XML_HEADER,
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
    ...sheets.map(
      (_, index) =>
        `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    ),
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`,
    "</Relationships>",
  ].join("");
  const created = `${workbook.created.toISOString().slice(0, 19)}Z`;
  const core = [
    XML_HEADER,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(workbook.title)}</dc:title>`,
    `<dc:description>${xmlText(workbook.description)}</dc:description>`,
    "<dc:creator>Maturo</dc:creator>",
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>`,
    "</cp:coreProperties>",
  ].join("");
  const app = [
    XML_HEADER,
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Maturo</Application></Properties>',
  ].join("");
  return createZip(
    [
      { name: "[Content_Types].xml", content: contentTypes },
      { name: "_rels/.rels", content: rootRels },
      { name: "docProps/core.xml", content: core },
      { name: "docProps/app.xml", content: app },
      { name: "xl/workbook.xml", content: workbookXml },
      { name: "xl/_rels/workbook.xml.rels", content: workbookRels },
      { name: "xl/styles.xml", content: STYLES },
      ...sheets.map((sheet, index) => ({
        name: `xl/worksheets/sheet${index + 1}.xml`,
        content: sheetXml(sheet),
      })),
    ],
    workbook.created,
  );
}
