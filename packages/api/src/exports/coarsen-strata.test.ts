import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coarsenStrata, MIN_STRATUM_ORGANISATIONS } from "./coarsen-strata.js";
import { organisationPseudonym } from "./organisation-pseudonym.js";

const PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", null];
const SIZES = ["small", "medium", "large", null];

/** `n` organisations of one cell, one response each. */
function organisations(from: number, n: number, province: string | null, sizeClass: string | null) {
  return Array.from({ length: n }, (_, i) => ({ organisationId: from + i, province, sizeClass }));
}

describe("coarsening province × size class in a research export", () => {
  it("keeps cells of at least 5 organisations, drops the size class of smaller ones, then the province", () => {
    const rows = [
      ...organisations(0, 5, "Antwerpen", "small"), // kept
      ...organisations(10, 3, "Antwerpen", "large"), // size dropped; 3 + 2 below → province kept (5)
      ...organisations(20, 2, "Antwerpen", "medium"),
      ...organisations(30, 4, "Limburg", "small"), // size dropped; still 4 → province dropped too
    ];
    const out = coarsenStrata(rows);
    const cell = (id: number) => out.find((r) => r.organisationId === id);
    expect(cell(0)).toMatchObject({ province: "Antwerpen", sizeClass: "small" });
    expect(cell(10)).toMatchObject({ province: "Antwerpen", sizeClass: null });
    expect(cell(20)).toMatchObject({ province: "Antwerpen", sizeClass: null });
    expect(cell(30)).toMatchObject({ province: null, sizeClass: null });
  });

  it("counts organisations, not respondents", () => {
    const rows = Array.from({ length: 12 }, () => ({
      organisationId: 7,
      province: "Limburg",
      sizeClass: "small",
    }));
    expect(coarsenStrata(rows).every((r) => r.province === null && r.sizeClass === null)).toBe(true);
  });

  it("never leaves a described cell with fewer than 5 organisations, and only ever removes detail", () => {
    const row = fc.record({
      organisationId: fc.integer({ min: 1, max: 60 }),
      province: fc.constantFrom(...PROVINCES),
      sizeClass: fc.constantFrom(...SIZES),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (input) => {
        // One organisation lies in one cell.
        const first = new Map(input.map((r) => [r.organisationId, r]));
        const rows = input.map((r) => ({ ...(first.get(r.organisationId) ?? r) }));
        const out = coarsenStrata(rows);
        const cells = new Map<string, Set<string | number>>();
        out.forEach((r, i) => {
          const before = rows[i];
          expect(r.province === before?.province || r.province === null).toBe(true);
          expect(r.sizeClass === before?.sizeClass || r.sizeClass === null).toBe(true);
          if (r.province === null && r.sizeClass === null) return;
          const key = `${r.province}|${r.sizeClass}`;
          cells.set(key, (cells.get(key) ?? new Set()).add(r.organisationId));
        });
        for (const ids of cells.values()) expect(ids.size).toBeGreaterThanOrEqual(MIN_STRATUM_ORGANISATIONS);
      }),
    );
  });
});

describe("organisation pseudonyms", () => {
  it("are stable within a campaign and differ across campaigns", () => {
    const a = organisationPseudonym("key of campaign 1", 42);
    expect(organisationPseudonym("key of campaign 1", 42)).toBe(a);
    expect(organisationPseudonym("key of campaign 2", 42)).not.toBe(a);
    expect(organisationPseudonym("key of campaign 1", 43)).not.toBe(a);
    expect(a).toMatch(/^org-[0-9a-f]{12}$/);
  });
});
