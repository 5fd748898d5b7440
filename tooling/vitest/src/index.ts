export { CHROMIUM_ARGS, findChromium } from "./chromium.js";
export { defineMaturoConfig, type MaturoTestOptions } from "./config.js";
export { isCi, missingService } from "./environment.js";
export { DEFAULT_TEST_DATABASE_URL, probePostgres, testDatabaseUrl } from "./postgres.js";
