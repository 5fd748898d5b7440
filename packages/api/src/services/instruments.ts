// Where the report content (report-content.ts) imports from until branch `report` moves it out; delete with it.
export { loadInstrumentVersion } from "../shared/instrument-version.js";
