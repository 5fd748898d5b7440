import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  compileInstruments,
  DEFAULT_FRAMEWORK,
  FrameworkSchema,
  type Instrument,
  InstrumentSchema,
  InvalidInstrumentError,
  instrumentJsonSchema,
  normalizeInstrument,
  ResponseSchema,
} from "./index.js";

const instrument: Instrument = {
  id: "sample",
  version: "1.0.0",
  apiVersion: 1,
  locales: ["nl", "en"],
  title: { nl: "Voorbeeld", en: "Sample" },
  scales: [
    {
      id: "agree6",
      points: 6,
      positive: [6, 5],
      dontKnow: true,
      labels: { nl: ["1", "2", "3", "4", "5", "6"], en: ["1", "2", "3", "4", "5", "6"] },
    },
    { id: "yesno", points: 2, positive: [2], labels: { nl: ["Nee", "Ja"], en: ["No", "Yes"] } },
  ],
  sections: [
    {
      id: "main",
      title: { nl: "Hoofd", en: "Main" },
      items: [
        {
          id: "sample-a",
          node: "capability.efficiency",
          scale: "agree6",
          text: { nl: "A", en: "A" },
          tags: ["oecd.data-driven"],
        },
        {
          id: "sample-b",
          node: "legacy.technology",
          scale: "agree6",
          reverse: true,
          roles: ["staff", "director"],
          showIf: { item: "sample-a", in: [6, 4] },
          text: { nl: "B", en: "B" },
        },
        { id: "sample-c", node: "context.alderman-digital", scale: "yesno", text: { nl: "C", en: "C" } },
      ],
    },
  ],
};

describe("default framework", () => {
  it("is a valid framework with the node ids of the design", () => {
    expect(FrameworkSchema.parse(DEFAULT_FRAMEWORK)).toEqual(DEFAULT_FRAMEWORK);
    const ids = DEFAULT_FRAMEWORK.nodes.map((node) => node.id);
    expect(ids).toContain("capability.balance");
    expect(ids).toContain("legacy.users");
    expect(ids.filter((id) => id.startsWith("context."))).toHaveLength(13);
  });

  it("lists parents before children, with ids under their parent", () => {
    const seen = new Set<string>();
    for (const node of DEFAULT_FRAMEWORK.nodes) {
      if (node.parent !== null) {
        expect(seen.has(node.parent)).toBe(true);
        expect(node.id.startsWith(`${node.parent}.`)).toBe(true);
      }
      expect(node.label.nl && node.label.en).toBeTruthy();
      seen.add(node.id);
    }
  });

  it("has four profiles covering each quadrant once, with the 50/50 thresholds", () => {
    expect(DEFAULT_FRAMEWORK.thresholds).toEqual({ capability: 50, legacy: 50 });
    const quadrants = DEFAULT_FRAMEWORK.profiles.map((p) => `${p.id}:${p.capability}/${p.legacy}`);
    expect(quadrants).toEqual([
      "A:below/below",
      "B:below/atOrAbove",
      "C:atOrAbove/below",
      "D:atOrAbove/atOrAbove",
    ]);
  });

  it("has the six OECD tags", () => {
    expect(DEFAULT_FRAMEWORK.lenses[0]?.tags.map((tag) => tag.id)).toHaveLength(6);
  });
});

describe("normalizeInstrument", () => {
  it("fills defaults and inlines the scale", () => {
    const normalized = normalizeInstrument(InstrumentSchema.parse(instrument), DEFAULT_FRAMEWORK);
    expect(normalized.items[0]).toMatchObject({
      id: "sample-a",
      points: 6,
      positive: [5, 6],
      reverse: false,
      roles: ["director", "manager", "staff"],
      tags: ["oecd.data-driven"],
      dontKnow: true,
      showIf: null,
      plugin: "sample",
      section: "main",
    });
    expect(normalized.items[1]).toMatchObject({
      reverse: true,
      roles: ["director", "staff"],
      showIf: { item: "sample-a", in: [4, 6] },
    });
    expect(normalized.items[2]).toMatchObject({ points: 2, positive: [2], dontKnow: false });
    expect(normalized.nodes).toHaveLength(DEFAULT_FRAMEWORK.nodes.length);
    expect(normalized.nodes[0]).toEqual({
      id: "capability",
      parent: null,
      kind: "dimension",
      label: DEFAULT_FRAMEWORK.nodes[0]?.label,
    });
  });
});

describe("compileInstruments", () => {
  it("merges plugins and carries the framework's thresholds and rules", () => {
    const other: Instrument = {
      ...instrument,
      id: "other",
      locales: ["nl"],
      sections: [
        {
          id: "x",
          title: { nl: "X" },
          items: [{ id: "other-a", node: "legacy.users", scale: "agree6", text: { nl: "A" } }],
        },
      ],
    };
    const compiled = compileInstruments([instrument, other], DEFAULT_FRAMEWORK);
    expect(compiled.plugins.map((p) => p.id)).toEqual(["sample", "other"]);
    expect(compiled.items.map((i) => i.id)).toEqual(["sample-a", "sample-b", "sample-c", "other-a"]);
    expect(compiled.locales).toEqual(["nl"]);
    expect(compiled.thresholds).toEqual({ capability: 50, legacy: 50 });
    expect(compiled.rules.minValidItemShare).toBe(0.5);
  });

  it("refuses the same item id in two plugins", () => {
    expect(() => compileInstruments([instrument, { ...instrument, id: "copy" }], DEFAULT_FRAMEWORK)).toThrow(
      InvalidInstrumentError,
    );
  });
});

describe("schemas", () => {
  it("rejects unknown keys so typos are caught", () => {
    expect(InstrumentSchema.safeParse({ ...instrument, titel: {} }).success).toBe(false);
  });

  it("accepts a response with points and don't know", () => {
    const parsed = ResponseSchema.safeParse({
      respondentId: "r1",
      organisationId: "o1",
      role: "staff",
      answers: { "sample-a": 5, "sample-b": "dk" },
    });
    expect(parsed.success).toBe(true);
    expect(
      ResponseSchema.safeParse({ respondentId: "r1", organisationId: "o1", role: "mayor", answers: {} })
        .success,
    ).toBe(false);
  });

  it("ships the JSON Schema it generates", () => {
    const shipped: unknown = JSON.parse(
      readFileSync(new URL("../instrument.schema.json", import.meta.url), "utf8"),
    );
    expect(shipped).toEqual(instrumentJsonSchema());
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});
