import { describe, expect, it } from "vitest";
import { discloseReference } from "./reference-groups.js";

const self = { organisationId: "7", province: "A", sizeClass: "small" };
const peer = (id: string, score: number | null, province: string, sizeClass = "small") => ({
  organisationId: id,
  score,
  province,
  sizeClass,
});

describe("discloseReference", () => {
  // The organisation itself took part in the wave with 99: it must not count in its own reference.
  const peers = [
    peer("7", 99, "A"),
    peer("1", 10, "A"),
    peer("2", 20, "A"),
    peer("3", 30, "A"),
    peer("4", 40, "A"),
    peer("5", 50, "B"),
    peer("6", 60, "B", "large"),
    peer("8", null, "B"),
  ];

  it("gives R's type-7 quartiles of the other organisations, leaving the organisation itself out", () => {
    const [all] = discloseReference(self, peers, ["all"], 5);
    // quantile(c(10, 20, 30, 40, 50, 60), c(.25, .5, .75)) in R: 22.5, 35, 47.5
    expect(all).toEqual({ scope: "all", status: "shown", q1: 22.5, median: 35, q3: 47.5, organisations: 6 });
  });

  it("withholds a group of fewer than 5 other organisations, and one that differs from a shown group by fewer than 5", () => {
    const [all, province, sizeClass] = discloseReference(self, peers, ["all", "province", "sizeClass"], 5);
    expect(all?.status).toBe("shown");
    expect(province).toEqual({
      scope: "province",
      status: "withheld",
      reason: "too-few-organisations",
      organisations: 4,
    });
    // Same size class: five organisations, but "all" minus these is one organisation (6).
    expect(sizeClass).toEqual({
      scope: "sizeClass",
      status: "withheld",
      reason: "filter-difference",
      organisations: 5,
    });
  });

  it("withholds a filtered group when the organisation's own attribute is unknown", () => {
    const [province] = discloseReference({ ...self, province: null }, peers, ["province"], 5);
    expect(province).toMatchObject({ status: "withheld", reason: "no-attribute" });
  });
});
