/**
 * A small report input (instrument, organisation, overview, trend) for tests of what renders the
 * report model: two dimensions with categories, a context scale, one lens, a reverse-coded statement,
 * withheld figures with their reasons, and an organisation name outside Latin-1.
 */
export { instrument, organisation, overview, trend } from "./test-fixtures/report-input.js";
