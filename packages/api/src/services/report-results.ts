// The report content (report-pdf.ts) reads the results' types from here until branch `report`
// moves it to packages/report; delete this file with it. No procedure is called from here.
export type { Overview } from "../results/overview.js";
export type { Trend } from "../results/trend.js";
