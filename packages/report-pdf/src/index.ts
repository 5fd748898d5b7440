export type { ReportFonts } from "./fonts.js";
export { type RenderOptions, renderReportPdf } from "./render-report-pdf.js";
