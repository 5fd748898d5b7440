// The command registry. To add a command: create `src/commands/<group>-<name>.ts` that exports
// `defineCommand({ name: "<group> <name>", summary, usage, options, run })`, then add ONE line here:
//
//   export { analyzeOls } from "./analyze-ols.js";

//
// The dispatcher picks every export of this module up (no registration by side effect), matches
// the longest command name against the arguments, and lists them in `maturo --help`.
export { analyzeAlpha } from "./analyze-alpha.js";
export { analyzeIcc } from "./analyze-icc.js";
export { analyzeOls } from "./analyze-ols.js";
export { analyzeRake } from "./analyze-rake.js";
export { dbBackup } from "./db-backup.js";
export { dbMigrate } from "./db-migrate.js";
export { exportCommand } from "./export.js";
export { pluginInspect } from "./plugin-inspect.js";
export { pluginNew } from "./plugin-new.js";
export { pluginValidate } from "./plugin-validate.js";
export { score } from "./score.js";
export { seedDemo } from "./seed-demo.js";
export { serve } from "./serve.js";
