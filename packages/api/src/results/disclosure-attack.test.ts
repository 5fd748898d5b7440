import { createHash } from "node:crypto";
import type { Role } from "@maturo/model";
import { hasPdftotext, pdfText, testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { type Combination, explain, isolatedGroup, type Unit } from "../test-fixtures/linear-figures.js";

/**
 * The disclosure attack suite (docs/architecture.md, "Disclosure control"): for generated campaigns,
 * collect every figure a key user can obtain through the real API — weightings, role groups, trend,
 * benchmarks across filters, snapshots over time, the PDF — write each as a linear combination of the
 * respondents' generated scores, and assert that no combination of them isolates fewer than k = 3
 * respondents (5 organisations for benchmarks).
 */

const K = 3;
const BENCHMARK_MIN = 5;
const NODES = ["capability", "capability.efficiency", "legacy", "legacy.technology"] as const;

/** Deterministic random doubles (a hash of a counter), so a failure can be replayed. */
function random(seed: number): () => number {
  let counter = 0;
  return () => {
    counter += 1;
    return createHash("sha256").update(`${seed}:${counter}`).digest().readUInt32BE(0) / 2 ** 32;
  };
}

interface Respondent {
  readonly id: string;
  readonly role: Role;
  readonly token: string;
  /** Generated score per node, written over the stored score right after submitting. */
  readonly scores: Record<string, number>;
  /** The respondent's own device: only it may withdraw the answers it gave. */
  readonly device: Caller;
}

interface Obtained {
  /** node id → values of every respondent-level figure obtained. */
  readonly nodes: Map<string, number[]>;
  /** node id → benchmark group means obtained. */
  readonly benchmarks: Map<string, number[]>;
  /** The text of every PDF obtained (English), by weighting. */
  readonly pdfs: Map<string, string>;
}

function groupOf(role: Role): "management" | "staff" {
  return role === "staff" ? "staff" : "management";
}

describe.each(await testDatabaseFactories())("disclosure attacks on $dialect", (factory) => {
  let api: TestApi;
  let researcher: Caller;
  let versionId: number;
  const next = random(20261206);
  let towns = 0;

  beforeAll(async () => {
    api = await createTestApi(factory);
    researcher = await api.as({ email: "researcher@attack.be", role: "researcher" });
    versionId = (
      await researcher.instruments.freeze({
        title: "Maturo",
        plugins: ["organisation", "users", "technology", "context"],
      })
    ).id;
  });
  afterAll(() => api.close());

  /** A key user's organisation with its own campaign (or a wave's), and the respondents so far. */
  async function town(existing?: { campaignId: number; org: number }) {
    towns += 1;
    const org =
      existing?.org ?? (await api.organisation(`A-${towns}`, { province: "Antwerpen", sizeClass: "10-20k" }));
    const campaignId = existing?.campaignId;
    const keyUser = await api.as({ email: `key${towns}@attack.be`, role: "keyuser", organisationIds: [org] });
    const campaign =
      campaignId ??
      (await keyUser.campaigns.startSelf({ organisationId: org, versionId, name: `Eigen ${towns}` })).id;
    const respondents: Respondent[] = [];
    const target = { organisationId: org, campaignId: campaign };

    async function submit(role: Role, by: Caller = api.anonymous()): Promise<Respondent> {
      const { links } = await keyUser.invitations.create({ ...target, role, recipients: { count: 1 } });
      const token = (links[0]?.link ?? "").split("/s/")[1] as string;
      const opened = await by.survey.open({ token, locale: "nl" });
      const answers = opened.sections.flatMap((s) =>
        s.items
          .filter((i) => i.showIf === null)
          .map((i) => ({ itemId: i.id, value: Math.min(4, i.points), at: new Date().toISOString() })),
      );
      for (let i = 0; i < answers.length; i += 100)
        await by.survey.save({ token, answers: answers.slice(i, i + 100) });
      await by.survey.submit({ token });
      // The generated scores: random doubles over the stored ones, so every figure's combination is unique.
      const db = api.handle.db;
      const response = await db
        .selectFrom("responses")
        .select("id")
        .where("campaign_id", "=", campaign)
        .where("organisation_id", "=", org)
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      const scores: Record<string, number> = {};
      for (const node of NODES) {
        scores[node] = 5 + 90 * next();
        await db
          .updateTable("respondent_scores")
          .set({ score: scores[node] })
          .where("response_id", "=", response.id)
          .where("node_id", "=", node)
          .execute();
      }
      const respondent = { id: String(response.id), role, token, scores, device: by };
      respondents.push(respondent);
      return respondent;
    }

    async function withdraw(respondent: Respondent): Promise<void> {
      await respondent.device.survey.withdraw({ token: respondent.token });
    }

    /** Every figure the key user can obtain now, added to `into`. */
    async function obtain(into: Obtained, options: { pdf?: boolean } = {}): Promise<void> {
      const push = (map: Map<string, number[]>, node: string, value: number | null | undefined) => {
        if (value === null || value === undefined) return;
        map.set(node, [...(map.get(node) ?? []), value]);
      };
      for (const weighting of [undefined, "equal", "balanced"] as const) {
        const input = { ...target, ...(weighting ? { weighting } : {}) };
        const overview = await keyUser.results.overview(input);
        if (overview.status === "shown") {
          for (const score of overview.scores) {
            if (!(NODES as readonly string[]).includes(score.nodeId)) continue;
            push(into.nodes, score.nodeId, score.mean);
            const gap = score.breakdown.gap;
            if (gap.status === "shown") {
              push(into.nodes, score.nodeId, gap.management.mean);
              push(into.nodes, score.nodeId, gap.staff.mean);
              push(into.nodes, score.nodeId, gap.gap);
            }
          }
          for (const benchmark of overview.benchmarks)
            for (const group of benchmark.groups)
              if (group.status === "shown") push(into.benchmarks, benchmark.nodeId, group.groupMean);
        }
        for (const point of await keyUser.results.trend({
          organisationId: org,
          ...(weighting ? { weighting } : {}),
        }))
          if (point.campaignId === campaign)
            for (const node of NODES) push(into.nodes, node, point.scores[node]);
        // The report's context reads the same overview (recommendations name the weakest categories).
        await keyUser.report.context(input);
        if (options.pdf && hasPdftotext()) {
          const pdf = await keyUser.report.pdf({ ...input, locale: "en" });
          into.pdfs.set(weighting ?? "default", pdfText(Buffer.from(pdf.base64, "base64")));
        }
      }
    }

    return { org, keyUser, campaignId: campaign, respondents, submit, withdraw, obtain, target };
  }

  function emptyObtained(): Obtained {
    return { nodes: new Map(), benchmarks: new Map(), pdfs: new Map() };
  }

  /** Asserts that no combination of the obtained figures of a node isolates fewer than k respondents. */
  function expectNoIsolation(obtained: Obtained, respondents: readonly Respondent[]): number {
    let figures = 0;
    for (const node of NODES) {
      const units: Unit[] = respondents.map((r) => ({
        id: r.id,
        value: r.scores[node] as number,
        group: groupOf(r.role),
      }));
      const combinations: Combination[] = [];
      for (const value of obtained.nodes.get(node) ?? []) {
        const explained = explain(value, units);
        expect(
          explained.length,
          `figure ${value} of ${node} is a combination of respondents`,
        ).toBeGreaterThan(0);
        combinations.push(...explained);
      }
      figures += combinations.length;
      expect(
        isolatedGroup(
          combinations,
          units.map((u) => u.id),
          K,
        ),
        `no combination of ${node} figures isolates fewer than ${K}`,
      ).toBeNull();
    }
    return figures;
  }

  it("1 director + 2 staff: counts and the equal total, balanced weighting and role groups withheld (route 2)", async () => {
    const t = await town();
    await t.submit("director");
    await t.submit("staff");
    await t.submit("staff");
    const obtained = emptyObtained();
    await t.obtain(obtained, { pdf: true });
    expect(expectNoIsolation(obtained, t.respondents)).toBeGreaterThan(0);
    const balanced = await t.keyUser.results.overview({ ...t.target, weighting: "balanced" });
    if (balanced.status !== "shown") throw new Error("expected the equal total of three");
    expect(balanced.participation.submitted).toEqual({ director: 1, manager: 0, staff: 2 });
    const capability = balanced.scores.find((s) => s.nodeId === "capability");
    expect(capability).toMatchObject({ mean: null, reason: "balanced-small-group", n: 3 });
    expect(capability?.breakdown.gap).toMatchObject({ status: "withheld", reason: "role-group-small" });
    const equal = await t.keyUser.results.overview({ ...t.target, weighting: "equal" });
    if (equal.status !== "shown") throw new Error("expected the equal total of three");
    const mean = t.respondents.reduce((s, r) => s + (r.scores.capability as number), 0) / 3;
    expect(equal.scores.find((s) => s.nodeId === "capability")?.mean).toBeCloseTo(mean, 9);
    // The PDF says why, and prints neither the balanced mean nor the director's score.
    const text = (obtained.pdfs.get("balanced") ?? "").replace(/\s+/g, " ");
    if (hasPdftotext()) {
      expect(text).toContain("Hidden under this weighting");
      expect(text).toContain("Respondents: 3");
      const [director, ...staff] = t.respondents.map((r) => r.scores.capability as number);
      const staffMean = staff.reduce((a, b) => a + b, 0) / staff.length;
      const oneDecimal = (v: number): string => v.toFixed(1);
      expect(text).not.toContain(` ${oneDecimal(((director as number) + staffMean) / 2)} `);
      expect(text).not.toContain(` ${oneDecimal(director as number)} `);
    }
  });

  it("3 management + 3 staff: everything shown, nothing isolates fewer than three", async () => {
    const t = await town();
    for (const role of ["director", "manager", "manager", "staff", "staff", "staff"] as const)
      await t.submit(role);
    const obtained = emptyObtained();
    await t.obtain(obtained, { pdf: true });
    const overview = await t.keyUser.results.overview({ ...t.target, weighting: "balanced" });
    if (overview.status !== "shown") throw new Error("expected results");
    expect(overview.scores.find((s) => s.nodeId === "capability")?.breakdown.gap.status).toBe("shown");
    expect(expectNoIsolation(obtained, t.respondents)).toBeGreaterThan(4);
  });

  it("4 staff, one of them the key user: the figures rest on all four", async () => {
    const t = await town();
    await t.submit("staff", t.keyUser);
    for (let i = 0; i < 3; i += 1) await t.submit("staff");
    const obtained = emptyObtained();
    await t.obtain(obtained);
    expectNoIsolation(obtained, t.respondents);
  });

  it("over time: a mean of three does not move when a fourth submits (route 3), only after k changes", async () => {
    const t = await town();
    for (let i = 0; i < 3; i += 1) await t.submit("staff");
    const obtained = emptyObtained();
    await t.obtain(obtained);
    const first = await t.keyUser.results.overview(t.target);
    await t.submit("staff");
    await t.obtain(obtained);
    const second = await t.keyUser.results.overview(t.target);
    if (first.status !== "shown" || second.status !== "shown") throw new Error("expected results");
    expect(second.scores).toEqual(first.scores);
    expect(second.items).toEqual(first.items);
    expect(second.lens).toEqual(first.lens);
    expect(second.respondents).toBe(4);
    expect(second.refresh).toEqual({ pending: 1, remaining: 2 });
    // Closing changes nothing about the rule.
    await t.keyUser.campaigns.close({ campaignId: t.campaignId });
    await t.obtain(obtained);
    expectNoIsolation(obtained, t.respondents);
  });

  it("with withdrawals: submissions and withdrawals together move the figures in steps of k", async () => {
    const t = await town();
    const first = [
      await t.submit("staff"),
      await t.submit("staff"),
      await t.submit("staff"),
      await t.submit("staff"),
    ];
    const obtained = emptyObtained();
    await t.obtain(obtained);
    await t.withdraw(first[0] as Respondent);
    await t.obtain(obtained);
    await t.submit("staff");
    await t.obtain(obtained);
    await t.withdraw(first[1] as Respondent);
    await t.obtain(obtained);
    await t.submit("staff");
    await t.obtain(obtained);
    const overview = await t.keyUser.results.overview(t.target);
    expect(overview.respondents).toBe(4);
    expectNoIsolation(obtained, t.respondents);
  });

  it("benchmarks: no two filters or moments differ by fewer than five organisations", async () => {
    const ownOrg = await api.organisation("W-own", { province: "Limburg", sizeClass: "10-20k" });
    const peerOrgs: number[] = [];
    for (let i = 0; i < 9; i += 1)
      peerOrgs.push(
        await api.organisation(`W-${i}`, { province: i < 7 ? "Limburg" : "Namen", sizeClass: "10-20k" }),
      );
    const wave = await researcher.campaigns.createWave({
      name: "Golf",
      versionId,
      population: [ownOrg, ...peerOrgs],
    });
    const own = await town({ campaignId: wave.id, org: ownOrg });
    for (let i = 0; i < 3; i += 1) await own.submit("staff");
    // Eight peers answer (six in Limburg, two in Namen), each with one respondent.
    const peers = [];
    for (const org of peerOrgs.slice(1)) {
      const peer = await town({ campaignId: wave.id, org });
      await peer.submit("director");
      peers.push(peer);
    }
    const obtained = emptyObtained();
    await own.obtain(obtained);
    const overview = await own.keyUser.results.overview(own.target);
    if (overview.status !== "shown") throw new Error("expected results");
    const capability = overview.benchmarks.find((b) => b.nodeId === "capability");
    expect(capability?.groups.map((g) => g.status)).toEqual(["shown", "withheld", "shown"]);
    expect(capability?.groups[1]).toMatchObject({ reason: "filter-difference" });
    // A ninth organisation answers: one organisation changed, the benchmarks stay as shown.
    const late = await town({ campaignId: wave.id, org: peerOrgs[0] as number });
    await late.submit("staff");
    await own.obtain(obtained);
    const again = await own.keyUser.results.overview(own.target);
    if (again.status !== "shown") throw new Error("expected results");
    expect(again.benchmarks).toEqual(overview.benchmarks);
    for (const node of NODES) {
      const units: Unit[] = peers.map((p) => ({
        id: String(p.org),
        value: p.respondents[0]?.scores[node] as number,
      }));
      const combinations = (obtained.benchmarks.get(node) ?? []).flatMap((v) => {
        const explained = explain(v, units);
        expect(
          explained.length,
          `benchmark ${v} of ${node} is a combination of organisations`,
        ).toBeGreaterThan(0);
        return explained;
      });
      if (node === "capability") expect(combinations.length).toBeGreaterThan(0);
      expect(
        isolatedGroup(
          combinations,
          units.map((u) => u.id),
          BENCHMARK_MIN,
        ),
      ).toBeNull();
    }
  });
});
