import { readFileSync } from "node:fs";
import { createTestHost, pluginContractProblems } from "@maturo/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";

const host = createTestHost([plugin]);
const items = host.compiled.items;

describe("context plugin", () => {
  it("meets the plugin contract: valid, ids prefixed, Dutch and English texts, README lists every item", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(pluginContractProblems(plugin, { idPrefix: "ctx-", readme })).toEqual([]);
  });

  it("tags items with OECD dimensions", () => {
    expect(items.flatMap((item) => item.tags).every((tag) => tag.startsWith("oecd."))).toBe(true);
  });

  it("has one scale of 3–4 items for every context node, yes/no where the variable is yes/no", () => {
    const contextNodes = host.compiled.nodes.filter((node) => node.parent === "context");
    expect(contextNodes).toHaveLength(13);
    for (const node of contextNodes) {
      const scale = items.filter((item) => item.node === node.id);
      expect(scale.length, node.id).toBeGreaterThanOrEqual(3);
      expect(scale.length, node.id).toBeLessThanOrEqual(4);
      const yesNo = node.id === "context.it-in-management" || node.id === "context.alderman-digital";
      for (const item of scale) expect(item.points, item.id).toBe(yesNo ? 2 : 6);
    }
  });

  it("asks political questions only to the management", () => {
    expect(host.askedItems("staff")).not.toContain("ctx-mayor-important");
    expect(host.askedItems("director")).toContain("ctx-mayor-important");
  });
});
