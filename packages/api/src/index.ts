export { SESSION_COOKIE } from "./auth/sessions.js";
export {
  type Context,
  type ContextInner,
  type CookieJar,
  createContextInner,
  memoryCookieJar,
  type RequestInfo,
  type Services,
} from "./context.js";
export { AppError, type AppErrorCode } from "./errors.js";
export { type Locale, type Localized, requestLocale } from "./messages/localized.js";
export { type AppRouter, appRouter } from "./root.js";
export { createServices, type ServicesConfig } from "./services/create-services.js";
export { DEMO_LOGINS, type DemoLoadResult, loadDemo } from "./services/demo.js";
export { buildExportDataset, exportBaseNameFor } from "./services/export-dataset.js";
export type { Mailer } from "./services/mailer.js";
export {
  DEFAULT_PLUGINS,
  loadPluginCatalog,
  type PluginCatalog,
  PluginConfigError,
} from "./services/plugin-catalog.js";
export { purgeExpired } from "./services/retention.js";
export { ensureSecret } from "./services/secret.js";
export { createCallerFactory } from "./trpc.js";
