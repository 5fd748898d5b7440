import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults to port 3000 and ./data under the working directory", () => {
    expect(loadConfig({}, "/srv/maturo")).toEqual({
      port: 3000,
      host: "0.0.0.0",
      dataDir: "/srv/maturo/data",
      databaseUrl: undefined,
      trustProxy: 0,
      publicUrl: undefined,
      secret: undefined,
      retentionDays: 90,
      pluginsConfig: undefined,
      demo: "auto",
      production: false,
      smtp: null,
    });
  });

  it("takes PORT, DATA_DIR, DATABASE_URL and TRUST_PROXY (a hop count; true = 1) from the environment", () => {
    const config = loadConfig(
      {
        PORT: "8080",
        DATA_DIR: "/var/lib/maturo",
        DATABASE_URL: "postgres://db/maturo",
        TRUST_PROXY: "true",
      },
      "/srv",
    );
    expect(config).toMatchObject({
      port: 8080,
      dataDir: "/var/lib/maturo",
      databaseUrl: "postgres://db/maturo",
      trustProxy: 1,
    });
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(0);
  });

  it("configures SMTP only when SMTP_HOST is set, and refuses a production demo", () => {
    const config = loadConfig(
      { SMTP_HOST: "mail.example.org", SMTP_PORT: "2525", NODE_ENV: "production" },
      "/srv",
    );
    expect(config.smtp).toMatchObject({ host: "mail.example.org", port: 2525, secure: false });
    expect(config.production).toBe(true);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ TRUST_PROXY: "maybe" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ SECRET: "short" })).toThrow(/SECRET/);
  });
});
