import { describe, expect, it, vi } from "vitest";
import { findChromium } from "./chromium.js";
import { isCi, missingService } from "./environment.js";
import { probePostgres } from "./postgres.js";

describe("service probes", () => {
  it("reads CI the way CI systems set it", () => {
    expect(isCi({ CI: "true" })).toBe(true);
    expect(isCi({ CI: "1" })).toBe(true);
    expect(isCi({ CI: "false" })).toBe(false);
    expect(isCi({})).toBe(false);
  });

  it("skips with a visible notice outside CI and fails inside CI", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(missingService("PostgreSQL", "down", {})).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("NOTICE: skipping the PostgreSQL suite"));
    warn.mockRestore();
    expect(() => missingService("PostgreSQL", "down", { CI: "true" })).toThrow(/mandatory/);
  });

  it("treats a closed port as a missing PostgreSQL", async () => {
    const env = { CI: "true", MATURO_TEST_DATABASE_URL: "postgres://postgres@127.0.0.1:1/test" };
    await expect(probePostgres(env)).rejects.toThrow(/PostgreSQL is not available/);
  });

  it("refuses a Chromium path that is not executable in CI", () => {
    expect(() => findChromium({ CI: "true", CHROMIUM_PATH: "/nonexistent/chromium" })).toThrow(/Chromium/);
  });
});
