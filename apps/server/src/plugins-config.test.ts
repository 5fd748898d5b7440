import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ServerConfig } from "./config.js";
import { type Logger, silentLogger } from "./logger.js";
import { configuredPlugins } from "./plugins-config.js";
import { startServer } from "./start.js";
import { captureLogger } from "./test-fixtures/capture-logger.js";

const fixtures = new URL("../../../packages/plugin-sdk/src/test-fixtures/", import.meta.url);
const fixture = (path: string): Promise<string> => readFile(new URL(path, fixtures), "utf8");

/** A folder with a config file listing plugin folders, each holding the given instrument.json. */
async function site(plugins: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "maturo-plugins-config-"));
  for (const [name, instrument] of Object.entries(plugins)) {
    await mkdir(join(root, name));
    await writeFile(join(root, name, "instrument.json"), instrument);
  }
  const configFile = join(root, "plugins.json");
  await writeFile(configFile, JSON.stringify({ plugins: Object.keys(plugins).map((name) => `./${name}`) }));
  return configFile;
}

async function start(pluginsConfig: string, logger: Logger = silentLogger): Promise<unknown> {
  const config: ServerConfig = {
    port: 0,
    host: "127.0.0.1",
    dataDir: await mkdtemp(join(tmpdir(), "maturo-data-")),
    databaseUrl: undefined,
    trustProxy: false,
    publicUrl: undefined,
    pluginsConfig,
  };
  const server = await startServer(config, logger, { version: "test", webRoot: tmpdir() });
  await server.close();
  return server;
}

describe("PLUGINS_CONFIG", () => {
  it("resolves names from the server and folders from the config file's folder", async () => {
    const root = await mkdtemp(join(tmpdir(), "maturo-plugins-config-"));
    const configFile = join(root, "plugins.json");
    await writeFile(configFile, JSON.stringify({ plugins: ["@maturo/plugin-users", "./mine", "../theirs"] }));
    const configured = configuredPlugins(configFile);
    expect(configured.plugins).toEqual([
      "@maturo/plugin-users",
      join(root, "mine"),
      join(root, "..", "theirs"),
    ]);
    expect(configured.cwd).toBe(new URL("../", import.meta.url).pathname);
  });

  it("starts with the seed plugins listed by name, from a config file anywhere", async () => {
    const root = await mkdtemp(join(tmpdir(), "maturo-plugins-config-"));
    const configFile = join(root, "plugins.json");
    const seeds = ["organisation", "users", "technology", "context"].map((name) => `@maturo/plugin-${name}`);
    await writeFile(configFile, JSON.stringify({ plugins: seeds }));
    await expect(start(configFile)).resolves.toBeDefined();
  });

  it("refuses to start with a plugin without Dutch texts, naming the fix", async () => {
    const configFile = await site({ english: await fixture("bad/dutch-less.json") });
    await expect(start(configFile)).rejects.toThrow(
      /english\/?: locales: Dutch \("nl"\) is missing: .*or declare a fallback in the plugin's package\.json: "maturo": \{ "localeFallbacks": \{ "nl": "en" \} \}/,
    );
  });

  it("starts with a Dutch-less plugin that declares a fallback, and logs the warning", async () => {
    const configFile = await site({ english: await fixture("bad/dutch-less.json") });
    const folder = join(configFile, "..", "english");
    await writeFile(
      join(folder, "package.json"),
      JSON.stringify({ name: "english", version: "1.0.0", maturo: { localeFallbacks: { nl: "en" } } }),
    );
    const captured = captureLogger();
    await expect(start(configFile, captured.logger)).resolves.toBeDefined();
    expect(captured.lines.join("\n")).toMatch(
      /"level":"warn","message":"plugin warning","warning":".*english: 9 texts have no Dutch \(\\"nl\\"\) version/,
    );
  });

  it("refuses to start with plugins that share item ids, naming the fix", async () => {
    const good = await fixture("good/instrument.json");
    const copy = JSON.stringify({ ...JSON.parse(good), id: "copy" });
    const configFile = await site({ original: good, copy });
    await expect(start(configFile)).rejects.toThrow(
      /the configured plugins cannot be used together \(fix the plugins, or remove one from the plugin list\):\ncopy:sections\[0\]\.items\[0\]\.id: item id "sample-security" is also used by plugin "sample": item ids must be unique across plugins, so rename it/,
    );
  });
});
