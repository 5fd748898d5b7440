import { readFileSync } from "node:fs";
import { createTestHost, problemLines } from "@maturo/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";

const host = createTestHost([plugin]);
const items = host.compiled.items;

describe("context plugin", () => {
  it("is a valid plugin", () => {
    expect(problemLines(plugin)).toEqual([]);
  });

  it("prefixes every item id with its subject", () => {
    expect(items.filter((item) => !item.id.startsWith("ctx-"))).toEqual([]);
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
