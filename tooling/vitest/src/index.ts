export { CHROMIUM_ARGS, findChromium } from "./chromium.js";
export { defineMaturoConfig, type MaturoTestOptions } from "./config.js";
export { type TestDatabaseFactory, type TestDatabaseTarget, testDatabaseFactories } from "./databases.js";
export { isCi, missingService } from "./environment.js";
export { hasPdftotext, pdfText } from "./pdf-text.js";
export {
  createIsolatedSchema,
  DEFAULT_TEST_DATABASE_URL,
  type IsolatedSchema,
  probePostgres,
  testDatabaseUrl,
} from "./postgres.js";
export { runAsUser } from "./run-as-user.js";
