import type { PeerScore } from "@maturo/scoring";
import { describe, expect, it } from "vitest";
import { discloseBenchmarks } from "./benchmark-groups.js";

const peer = (id: string, score: number, province: string): PeerScore => ({
  organisationId: id,
  score,
  province,
  sizeClass: "small",
});

describe("discloseBenchmarks", () => {
  it("withholds the province group when it differs from all by fewer than 5 organisations", () => {
    const peers = [
      peer("self", 50, "A"),
      ...["1", "2", "3", "4", "5", "6"].map((id) => peer(id, 40, "A")),
      peer("7", 99, "B"),
    ];
    const [all, province, sizeClass] = discloseBenchmarks("self", peers, ["all", "province", "sizeClass"], 5);
    expect(all?.status).toBe("shown");
    expect(province).toMatchObject({ status: "withheld", reason: "filter-difference" });
    // Size class holds every peer: the same group as "all", so nothing new is revealed.
    expect(sizeClass?.status).toBe("shown");
  });

  it("withholds a group of fewer than 5 other organisations", () => {
    const peers = [peer("self", 50, "A"), ...["1", "2", "3", "4"].map((id) => peer(id, 40, "A"))];
    expect(discloseBenchmarks("self", peers, ["all"], 5)[0]).toMatchObject({
      status: "withheld",
      reason: "too-few-organisations",
    });
  });
});
