export { type CheckPluginsOptions, checkPlugins } from "./check-plugins.js";
export {
  definePlugin,
  isPluginObject,
  type MaturoPlugin,
  PLUGIN_KIND,
  type PluginDefinition,
} from "./define-plugin.js";
export {
  INSTRUMENT_FILE,
  isFolderSpecifier,
  type LoadedPlugin,
  type LoadOptions,
  type LoadResult,
  loadPlugin,
} from "./load-plugin.js";
export { applyLocaleFallbacks, type LocaleFallbacks } from "./locale-fallbacks.js";
export { describeLocale, LOCALE_NAMES, PLATFORM_LOCALES } from "./platform-locales.js";
export { formatPath, formatProblem, type Problem, prefixProblems } from "./problem.js";
export { readInstrument } from "./read-instrument.js";
export {
  compileSnapshot,
  createSnapshot,
  hashInstrument,
  type InstrumentSnapshot,
  PluginProblemsError,
  SNAPSHOT_FORMAT,
  SnapshotSchema,
  verifySnapshot,
} from "./snapshot.js";
export {
  orderProblems,
  parseJson,
  type ValidateOptions,
  type ValidationResult,
  validateInstrument,
} from "./validate-instrument.js";
export { validatePlugin } from "./validate-plugin.js";
