export { encodeWinAnsi, PdfWriter } from "./pdf-writer.js";
export { renderReportPdf } from "./render-pdf.js";
