export {
  CODEBOOK_COLUMNS,
  type CodebookOptions,
  codebookRows,
  dataRows,
  provenanceRows,
  variableType,
} from "./codebook.js";
export type {
  ExportAnswer,
  ExportCampaign,
  ExportDataset,
  ExportInstrument,
  ExportRow,
} from "./dataset.js";
export { ExportError } from "./export-error.js";
export {
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
  exportBaseName,
  exportCampaign,
  exportCsv,
  exportR,
  exportSpss,
  exportStata,
  exportXlsx,
  renderExportXlsx,
  zipExportFiles,
} from "./export-files.js";
export {
  buildExportTable,
  type ExportCell,
  type ExportTable,
  type ExportVariable,
  formatTimestamp,
  MISSING_CODES,
  type MissingCode,
  type MissingReason,
  type ProvenanceEntry,
  resolveAnswer,
  type ValueLabel,
  type VariableKind,
} from "./export-table.js";
export { type RScriptOptions, renderRScript } from "./r-script.js";
export { renderSpssSyntax, type SpssSyntaxOptions } from "./spss-syntax.js";
export { renderStataDoFile, STATA_MISSING, type StataDoFileOptions } from "./stata-do-file.js";
// Also the subpath `@maturo/exports/text`, which the browser can load (no Node built-ins).
export * from "./text.js";
export {
  MAX_VARIABLE_NAME_LENGTH,
  type NamingRules,
  SPSS_R_NAMING,
  STATA_MAX_VARIABLE_NAME_LENGTH,
  STATA_NAMING,
  stataVariableNames,
  VariableNamer,
  variableName,
} from "./variable-names.js";
export {
  columnLetters,
  excelSerialDate,
  renderXlsx,
  type XlsxCell,
  type XlsxSheet,
  type XlsxWorkbook,
} from "./xlsx.js";
export { createZip, type ZipEntry } from "./zip.js";
