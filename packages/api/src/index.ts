export { purgeExpired } from "./admin/retention/purge-expired.js";
export { SESSION_COOKIE } from "./auth/sessions.js";
export {
  type Context,
  type ContextInner,
  type CookieJar,
  createContextInner,
  type EventLogger,
  memoryCookieJar,
  type RequestInfo,
  type Services,
} from "./context.js";
export { DEMO_LOGINS, type DemoLoadResult, loadDemo } from "./demo/load-demo.js";
export { AppError, type AppErrorCode, type MessageCode } from "./errors.js";
export { buildExportDataset, exportBaseNameFor } from "./exports/export-dataset.js";
export { type Locale, type Localized, requestLocale } from "./messages/localized.js";
export { type AppRouter, appRouter } from "./root.js";
export { refreshSubmissionTallies } from "./shared/aggregates.js";
export { createServices, type ServicesConfig } from "./shared/create-services.js";
export type { Mailer } from "./shared/mailer.js";
export {
  DEFAULT_PLUGINS,
  loadPluginCatalog,
  type PluginCatalog,
  PluginConfigError,
} from "./shared/plugin-catalog.js";
export { ensureSecret } from "./shared/secret.js";
export { saveInput } from "./survey/router.js";
export { type SaveResult, saveAnswers } from "./survey/save-answers.js";
export { createCallerFactory, procedureError } from "./trpc.js";
