import { readFileSync } from "node:fs";
import { createTestHost, pluginContractProblems } from "@maturo/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";

const host = createTestHost([plugin]);
const items = host.compiled.items;

describe("organisation plugin", () => {
  it("meets the plugin contract: valid, ids prefixed, Dutch and English texts, README lists every item", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(pluginContractProblems(plugin, { idPrefix: "org-", readme })).toEqual([]);
  });

  it("tags items with OECD dimensions", () => {
    expect(items.flatMap((item) => item.tags).every((tag) => tag.startsWith("oecd."))).toBe(true);
  });

  it("carries the seed items with their share of positive answers", () => {
    const seeded = Object.fromEntries(
      items.flatMap((item) => (item.seed === null ? [] : [[item.id, item.seed.percentPositive]])),
    );
    expect(seeded).toEqual({
      "org-it-financing": 83,
      "org-project-management": 54,
      "org-outsourcing": 43,
      "org-encourage-innovation": 67,
      "org-benefits-insight": 69,
      "org-cost-control": 68,
      "org-maintenance-renewal": 61,
      "org-digital-competences": 45,
      "org-impact-monitoring": 29,
      "org-it-staff-capacities": 87,
      "org-it-competence-mix": 72,
    });
  });

  it("covers the balance between efficiency and innovation", () => {
    expect(items.filter((item) => item.node === "capability.balance")).toHaveLength(5);
  });
});
