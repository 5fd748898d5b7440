export { type AppServerOptions, createAppServer } from "./app-server.js";
export { ConfigError, loadConfig, type ServerConfig } from "./config.js";
export { createLogger, type Logger, silentLogger } from "./logger.js";
export { type RunningServer, startServer } from "./start.js";
