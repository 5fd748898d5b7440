import { readFileSync } from "node:fs";
import { createTestHost, problemLines } from "@maturo/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";

const host = createTestHost([plugin]);
const items = host.compiled.items;

describe("organisation plugin", () => {
  it("is a valid plugin", () => {
    expect(problemLines(plugin)).toEqual([]);
  });

  it("prefixes every item id with its subject", () => {
    expect(items.filter((item) => !item.id.startsWith("org-"))).toEqual([]);
  });

  it("has Dutch and English text for every item", () => {
    for (const item of items) {
      expect(item.text.nl?.length).toBeGreaterThan(0);
      expect(item.text.en?.length).toBeGreaterThan(0);
    }
  });

  it("lists every item in its README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(items.filter((item) => !readme.includes(`\`${item.id}\``)).map((item) => item.id)).toEqual([]);
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
