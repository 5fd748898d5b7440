/**
 * `@maturo/exports/text`: writing text that other programs read — CSV (with formula escaping and the
 * data and spreadsheet dialects) and R, SPSS and Stata string literals. No Node built-ins, no
 * dependencies, no side effects: the web app imports this entry, never the package's main one.
 */
export * from "./csv.js";
export * from "./r-literals.js";
export * from "./spss-string.js";
export { STATA_LABEL_CHARS, stataComment, stataString, truncateStataText } from "./stata-strings.js";
