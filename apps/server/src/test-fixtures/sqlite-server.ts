import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Services } from "@maturo/api";
import type { ServerConfig } from "../config.js";
import { type Logger, silentLogger } from "../logger.js";
import { type RunningServer, startServer } from "../start.js";

/** A web root with an index.html and one asset, enough for the static handler. */
export async function fakeWebRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "maturo-web-"));
  await mkdir(join(root, "assets"));
  await writeFile(join(root, "index.html"), "<!doctype html><title>Maturo</title>");
  await writeFile(join(root, "assets", "app.js"), "console.log('maturo')");
  return root;
}

/** The real server on a fresh SQLite data folder; `close` also removes the folder. */
export async function startSqliteServer(
  config: Partial<ServerConfig> = {},
  options: { logger?: Logger; beforeListen?: (services: Services) => Promise<void> } = {},
): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), "maturo-data-"));
  const webRoot = await fakeWebRoot();
  const server = await startServer(
    {
      port: 0,
      host: "127.0.0.1",
      dataDir,
      databaseUrl: undefined,
      trustProxy: false,
      demo: "off",
      ...config,
    },
    options.logger ?? silentLogger,
    { version: "test", webRoot, ...(options.beforeListen ? { beforeListen: options.beforeListen } : {}) },
  );
  return {
    ...server,
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(webRoot, { recursive: true, force: true });
    },
  };
}
