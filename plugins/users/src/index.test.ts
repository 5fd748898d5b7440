import { readFileSync } from "node:fs";
import { createTestHost, pluginContractProblems } from "@maturo/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";

const host = createTestHost([plugin]);
const items = host.compiled.items;

describe("users plugin", () => {
  it("meets the plugin contract: valid, ids prefixed, Dutch and English texts, README lists every item", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(pluginContractProblems(plugin, { idPrefix: "users-", readme })).toEqual([]);
  });

  it("tags items with OECD dimensions", () => {
    expect(items.flatMap((item) => item.tags).every((tag) => tag.startsWith("oecd."))).toBe(true);
  });

  it("carries the seed items with their share of positive answers", () => {
    const seeded = Object.fromEntries(
      items.flatMap((item) => (item.seed === null ? [] : [[item.id, item.seed.percentPositive]])),
    );
    expect(seeded).toEqual({
      "users-external-collaboration": 74,
      "users-open-data": 34,
      "users-scaling-innovation": 32,
      "users-it-reputation": 69,
    });
  });

  it("asks how open data is used only to those who publish it", () => {
    expect(host.askedItems("staff", { "users-open-data": 2 })).not.toContain("users-open-data-use");
    expect(host.askedItems("staff", { "users-open-data": 5 })).toContain("users-open-data-use");
  });
});
