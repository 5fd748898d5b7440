import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_NOW, DEFAULT_DEMO_SEED, generateDemo } from "./generate-demo.js";
import { DEMO_ORGANISATION_CODE, DEMO_ORGANISATION_NAME } from "./organisations.js";
import { isRealMunicipalityName } from "./real-municipalities.js";
import { pluginInstrument } from "./test-fixtures/plugin-instrument.js";
import { fixtureInstrument } from "./test-fixtures/seed-instrument.js";

const instrument = pluginInstrument();

describe("generateDemo", () => {
  it("is deterministic: the same seed gives the same demo, another seed another one", () => {
    const a = generateDemo({ instrument, seed: 11 });
    const b = generateDemo({ instrument, seed: 11 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = generateDemo({ instrument, seed: 12 });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("generates the whole demo well within a second or two", () => {
    generateDemo({ instrument, seed: 3 });
    const start = performance.now();
    generateDemo({ instrument, seed: 4 });
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("is plain JSON data the loader can insert as it is", () => {
    const demo = generateDemo({ instrument });
    expect(JSON.parse(JSON.stringify(demo))).toEqual(demo);
    expect(demo.seed).toBe(DEFAULT_DEMO_SEED);
    expect(demo.now).toBe(DEFAULT_DEMO_NOW);
  });

  it("keeps organisations, participation and timestamps when only the instrument changes", () => {
    const strip = (data: ReturnType<typeof generateDemo>): unknown => ({
      ...data,
      invitations: data.invitations.map(({ answers: _answers, ...rest }) => rest),
    });
    const a = generateDemo({ instrument, seed: 8 });
    const b = generateDemo({ instrument: fixtureInstrument(), seed: 8 });
    expect(strip(b)).toEqual(strip(a));
  });

  it("works for any instrument, including items the latent model does not know", () => {
    const demo = generateDemo({ instrument: fixtureInstrument(), seed: 5 });
    const submitted = demo.invitations.filter((inv) => inv.status === "submitted");
    expect(submitted.length).toBe(260 + 218);
    expect(submitted.every((inv) => Object.keys(inv.answers ?? {}).length > 30)).toBe(true);
  });
});

describe("organisations", () => {
  const { organisations } = generateDemo({ instrument });

  it("are 300 municipalities in the five Flemish provinces with unique codes", () => {
    expect(organisations).toHaveLength(300);
    expect(new Set(organisations.map((o) => o.code)).size).toBe(300);
    expect(new Set(organisations.map((o) => o.name)).size).toBe(300);
    const perProvince = Object.fromEntries(
      ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"].map((p) => [
        p,
        organisations.filter((o) => o.province === p).length,
      ]),
    );
    expect(perProvince).toEqual({
      Antwerpen: 69,
      Limburg: 42,
      "Oost-Vlaanderen": 60,
      "Vlaams-Brabant": 65,
      "West-Vlaanderen": 64,
    });
    expect(organisations.every((o) => o.kind === "municipality" && o.synthetic)).toBe(true);
  });

  it("span every size class, with a population that fits the class", () => {
    const classes = new Map<string, number>();
    for (const o of organisations) classes.set(o.sizeClass, (classes.get(o.sizeClass) ?? 0) + 1);
    for (const id of ["under-10k", "10k-25k", "25k-50k", "50k-plus"])
      expect(classes.get(id) ?? 0, id).toBeGreaterThanOrEqual(5);
    for (const o of organisations) {
      const bounds: Record<string, [number, number]> = {
        "under-10k": [0, 9_999],
        "10k-25k": [10_000, 24_999],
        "25k-50k": [25_000, 49_999],
        "50k-plus": [50_000, Number.POSITIVE_INFINITY],
      };
      const [min, max] = bounds[o.sizeClass] as [number, number];
      expect(o.population, o.code).toBeGreaterThanOrEqual(min);
      expect(o.population, o.code).toBeLessThanOrEqual(max);
    }
  });

  it("carry invented names labelled synthetic, never a real municipality's name", () => {
    for (const o of organisations) {
      expect(o.name, o.code).toMatch(/ \(synthetisch\)$/);
      expect(isRealMunicipalityName(o.name.replace(/ \(synthetisch\)$/, "")), o.name).toBe(false);
    }
    expect(isRealMunicipalityName("Herzele")).toBe(true);
    expect(isRealMunicipalityName("sint-niklaas")).toBe(true);
  });

  it("include the demo organisation for the key-user login", () => {
    expect(organisations[0]).toMatchObject({ code: DEMO_ORGANISATION_CODE, name: DEMO_ORGANISATION_NAME });
    expect(DEMO_ORGANISATION_NAME).toBe("Demodorp (synthetisch)");
  });
});

describe("campaigns and invitations", () => {
  const now = new Date("2026-03-02T10:30:00Z");
  const demo = generateDemo({ instrument, now });

  it("are a closed wave two years earlier and an open one around now", () => {
    const [previous, current] = demo.campaigns;
    expect(previous).toMatchObject({ key: "previous", status: "closed", year: 2024 });
    expect(current).toMatchObject({ key: "current", status: "open", year: 2026 });
    expect(Date.parse(previous?.closesAt as string)).toBeLessThan(Date.parse(current?.opensAt as string));
    expect(Date.parse(current?.opensAt as string)).toBeLessThan(now.getTime());
    expect(Date.parse(current?.closesAt as string)).toBeGreaterThan(now.getTime());
    expect(current?.name.nl).toMatch(/synthetisch/);
    expect(current?.name.en).toMatch(/synthetic/);
  });

  it("have unique keys, synthetic e-mail addresses and timestamps inside the wave", () => {
    expect(new Set(demo.invitations.map((inv) => inv.key)).size).toBe(demo.invitations.length);
    for (const key of ["previous", "current"]) {
      const emails = demo.invitations.filter((inv) => inv.campaignKey === key).map((inv) => inv.email);
      expect(new Set(emails).size).toBe(emails.length);
    }
    const waves = new Map(demo.campaigns.map((c) => [c.key, c]));
    for (const inv of demo.invitations) {
      expect(inv.email).toMatch(/^[a-z0-9.-]+@example\.invalid$/);
      const wave = waves.get(inv.campaignKey);
      const opens = Date.parse(wave?.opensAt as string);
      const end = Math.min(Date.parse(wave?.closesAt as string), now.getTime());
      for (const at of [inv.startedAt, inv.submittedAt]) {
        if (at === undefined) continue;
        expect(Date.parse(at), inv.key).toBeGreaterThanOrEqual(opens);
        expect(Date.parse(at), inv.key).toBeLessThanOrEqual(end);
      }
      if (inv.status === "submitted") {
        expect(Date.parse(inv.submittedAt as string)).toBeGreaterThanOrEqual(
          Date.parse(inv.startedAt as string),
        );
      } else {
        expect(inv.submittedAt).toBeUndefined();
      }
    }
  });

  it("mostly speak Dutch, a few English", () => {
    const english = demo.invitations.filter((inv) => inv.locale === "en").length;
    expect(english).toBeGreaterThan(20);
    expect(english).toBeLessThan(demo.invitations.length * 0.2);
  });

  it("reject a bad seed or date", () => {
    expect(() => generateDemo({ instrument, now: new Date("nonsense") })).toThrow(/now/);
    expect(() => generateDemo({ instrument, seed: Number.NaN })).toThrow(/seed/);
  });
});

describe("unusual scales", () => {
  it("hits the target on a scale whose positive points are the low ones, and on 5 and 7 points", () => {
    const base = fixtureInstrument();
    const template = base.items.find((item) => item.id === "tech-security");
    if (!template) throw new Error("fixture lacks tech-security");
    const extra = [
      {
        ...template,
        id: "x-low-good",
        points: 5,
        positive: [1, 2],
        reverse: false,
        seed: { ref: "x", percentPositive: 64 },
      },
      {
        ...template,
        id: "x-low-good-rev",
        points: 5,
        positive: [1, 2],
        reverse: true,
        seed: { ref: "x", percentPositive: 37 },
      },
      {
        ...template,
        id: "x-seven",
        points: 7,
        positive: [6, 7],
        reverse: false,
        seed: { ref: "x", percentPositive: 51 },
      },
    ];
    const demo = generateDemo({ instrument: { items: [...base.items, ...extra] }, seed: 9 });
    for (const item of extra) {
      let n = 0;
      let positive = 0;
      for (const inv of demo.invitations) {
        if (inv.campaignKey !== "current" || inv.status !== "submitted") continue;
        const value = inv.answers?.[item.id];
        if (typeof value !== "number") continue;
        expect(value).toBeGreaterThanOrEqual(1);
        expect(value).toBeLessThanOrEqual(item.points);
        n++;
        const mirrored = item.reverse ? item.points + 1 - value : value;
        if (item.positive.includes(mirrored)) positive++;
      }
      expect(Math.abs((positive / n) * 100 - item.seed.percentPositive), item.id).toBeLessThanOrEqual(1);
    }
  });
});
