import { readFileSync } from "node:fs";
import { createTestHost, pluginContractProblems } from "@maturo/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";

const host = createTestHost([plugin]);
const items = host.compiled.items;

describe("technology plugin", () => {
  it("meets the plugin contract: valid, ids prefixed, Dutch and English texts, README lists every item", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(pluginContractProblems(plugin, { idPrefix: "tech-", readme })).toEqual([]);
  });

  it("tags items with OECD dimensions", () => {
    expect(items.flatMap((item) => item.tags).every((tag) => tag.startsWith("oecd."))).toBe(true);
  });

  it("carries the seed items with their share of positive answers", () => {
    const seeded = Object.fromEntries(
      items.flatMap((item) => (item.seed === null ? [] : [[item.id, item.seed.percentPositive]])),
    );
    expect(seeded).toEqual({
      "tech-it-maintenance": 80,
      "tech-information-security": 90,
      "tech-data-privacy": 88,
      "tech-reuse-standards": 42,
      "tech-infrastructure-quality": 83,
      "tech-past-burden": 45,
    });
  });

  it("reverse-codes the burden of past IT choices", () => {
    expect(host.item("tech-past-burden")).toMatchObject({ node: "legacy.technology", reverse: true });
  });
});
