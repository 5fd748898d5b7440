export { createFormatter, type Formatter, localeTag, type ReaderLocale } from "./format.js";
