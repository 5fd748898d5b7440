import { toCsv } from "@maturo/exports/text";
import {
  type RegressionTable,
  regressionTableRows,
  renderHtml,
  renderLatex,
  renderMarkdown,
} from "@maturo/stats";

export interface RenderedTable {
  markdown: string;
  csv: string;
  latex: string;
  html: string;
}

/** A results table in every form the console offers to copy: Markdown, CSV, LaTeX and HTML. */
export function renderedTable(table: RegressionTable): RenderedTable {
  return {
    markdown: renderMarkdown(table),
    csv: toCsv(regressionTableRows(table)),
    latex: renderLatex(table),
    html: renderHtml(table),
  };
}
