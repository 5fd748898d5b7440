import { createHash } from "node:crypto";
import type { NormalizedItem, Role } from "@maturo/model";
import { isPositiveAnswer } from "@maturo/scoring";
import { hasPdftotext, pdfText, testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import {
  type Combination,
  explain,
  explainCounts,
  explainSpread,
  indicator,
  isolatedGroup,
  type Unit,
} from "../test-fixtures/linear-figures.js";

/**
 * The disclosure attack suite (docs/architecture.md, "Disclosure control"): for generated campaigns,
 * collect every figure a key user can obtain through the real API — weightings, role groups, trend,
 * benchmarks across filters, snapshots over time, the PDF — write each as a linear combination of the
 * respondents' generated scores, and assert that no combination of them isolates fewer than k = 3
 * respondents (5 organisations for benchmarks). Besides the means: standard deviations (sums of
 * squares over the same set), items' % positive (sums of positive-answer indicators, the lens and the
 * strengths and challenges being read off the items shown), and benchmark percentile ranks (counts of
 * the group's organisations below the reader's own score). A key user may have answered and knows
 * their own answers: every check is repeated with each respondent's contributions taken as known, so
 * no combination may rest on fewer than k of the *others*.
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
  /** Item id → whether the respondent's (generated, random) answer counts as positive. */
  readonly positive: ReadonlyMap<string, boolean>;
  /** The respondent's own device: only it may withdraw the answers it gave. */
  readonly device: Caller;
}

/** One read of the item table: valid and positive answers of every item shown. */
type ItemRead = { readonly itemId: string; readonly n: number; readonly positive: number }[];

/** A benchmark group shown: its mean, its percentile rank, and the reader's own score it ranks. */
interface RankRead {
  readonly node: string;
  readonly groupMean: number;
  readonly groupSize: number;
  readonly percentileRank: number;
  readonly own: number;
}

interface Obtained {
  /** node id → values of every respondent-level figure obtained. */
  readonly nodes: Map<string, number[]>;
  /** node id → standard deviations obtained. */
  readonly spreads: Map<string, number[]>;
  /** Every read of the item table. */
  readonly items: ItemRead[];
  /** Every benchmark group shown with its percentile rank. */
  readonly ranks: RankRead[];
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
  let itemMeta: Map<string, NormalizedItem>;
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
    itemMeta = new Map(
      (await loadInstrumentVersion(api.handle.db, versionId)).compiled.items.map((i) => [i.id, i]),
    );
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
      // Random answers, so each item's positive answers single out a different set of respondents.
      const answers = opened.sections.flatMap((s) =>
        s.items
          .filter((i) => i.showIf === null)
          .map((i) => ({
            itemId: i.id,
            value: 1 + Math.floor(next() * i.points),
            at: new Date().toISOString(),
          })),
      );
      const positive = new Map(
        answers.map((a) => {
          const item = itemMeta.get(a.itemId) as NormalizedItem;
          return [a.itemId, isPositiveAnswer(a.value, item.points, item.positive, item.reverse)] as const;
        }),
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
      const respondent = { id: String(response.id), role, token, scores, positive, device: by };
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
          const shownItems = overview.items.filter((i) => i.reason === null && i.percentPositive !== null);
          for (const item of overview.items) {
            if (item.reason === null) continue;
            // A withheld item shows nothing an attacker could difference.
            expect(item).toMatchObject({ percentPositive: null, positive: 0 });
          }
          into.items.push(shownItems.map((i) => ({ itemId: i.itemId, n: i.n, positive: i.positive })));
          // The lens and the strengths and challenges are read off the items shown: nothing new.
          const percent = new Map(shownItems.map((i) => [i.itemId, i.percentPositive as number]));
          for (const row of overview.lens) {
            const tagged = shownItems.filter((i) => itemMeta.get(i.itemId)?.tags.includes(row.tag));
            expect(row.items).toBe(tagged.length);
            const mean = tagged.reduce((sum, i) => sum + (i.percentPositive as number), 0) / tagged.length;
            expect(row.percentPositive).toBeCloseTo(mean, 9);
          }
          for (const item of [
            ...overview.strengthsAndChallenges.strengths,
            ...overview.strengthsAndChallenges.challenges,
          ])
            expect(item.percentPositive).toBe(percent.get(item.itemId));
          for (const score of overview.scores) {
            if (!(NODES as readonly string[]).includes(score.nodeId)) continue;
            push(into.nodes, score.nodeId, score.mean);
            push(into.spreads, score.nodeId, score.sd);
            const gap = score.breakdown.gap;
            if (gap.status === "shown") {
              push(into.nodes, score.nodeId, gap.management.mean);
              push(into.nodes, score.nodeId, gap.staff.mean);
              push(into.nodes, score.nodeId, gap.gap);
            }
          }
          // Benchmarks rank the organisation by its own equal-weighted score, whatever the weighting.
          const equal =
            weighting === "equal"
              ? overview
              : await keyUser.results.overview({ ...target, weighting: "equal" });
          for (const benchmark of overview.benchmarks)
            for (const group of benchmark.groups) {
              if (group.status !== "shown") continue;
              push(into.benchmarks, benchmark.nodeId, group.groupMean);
              const own =
                equal.status === "shown"
                  ? (equal.scores.find((s) => s.nodeId === benchmark.nodeId)?.mean ?? null)
                  : null;
              expect(own, "a benchmark is shown only with the organisation's own score").not.toBeNull();
              into.ranks.push({
                node: benchmark.nodeId,
                groupMean: group.groupMean,
                groupSize: group.groupSize,
                percentileRank: group.percentileRank,
                own: own as number,
              });
            }
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
    return {
      nodes: new Map(),
      spreads: new Map(),
      items: [],
      ranks: [],
      benchmarks: new Map(),
      pdfs: new Map(),
    };
  }

  /**
   * Asserts that no combination of the figures obtained isolates fewer than `k` respondents — when
   * nobody's answers are known, and again with each respondent's answers known (the reader may be one
   * of them). Means are combinations of scores, SDs of squared scores, an item's % positive of that
   * item's positive-answer indicators. Returns the number of combinations checked.
   */
  function expectNoIsolation(obtained: Obtained, respondents: readonly Respondent[]): number {
    const families: { name: string; combinations: Combination[] }[] = [];
    for (const node of NODES) {
      const units: Unit[] = respondents.map((r) => ({
        id: r.id,
        value: r.scores[node] as number,
        group: groupOf(r.role),
      }));
      const means = (obtained.nodes.get(node) ?? []).flatMap((value) => {
        const explained = explain(value, units);
        expect(
          explained.length,
          `figure ${value} of ${node} is a combination of respondents`,
        ).toBeGreaterThan(0);
        return explained;
      });
      const squares = (obtained.spreads.get(node) ?? []).flatMap((value) => {
        const explained = explainSpread(value, units);
        expect(explained.length, `SD ${value} of ${node} is the SD of a set of respondents`).toBeGreaterThan(
          0,
        );
        return explained;
      });
      families.push({ name: `${node} means`, combinations: means });
      families.push({ name: `${node} squares`, combinations: squares });
    }
    const perItem = new Map<string, Combination[]>();
    for (const read of obtained.items) {
      if (read.length === 0) continue;
      // The set of respondents the item table rests on: the one that gives every count shown.
      const sets = explainCounts(respondents, read, (set, i) => {
        const itemId = (read[i] as ItemRead[number]).itemId;
        const answered = set.filter((r) => r.positive.has(itemId));
        return { n: answered.length, positive: answered.filter((r) => r.positive.get(itemId)).length };
      });
      expect(sets.length, "the item table is the counts of one set of respondents").toBeGreaterThan(0);
      for (const set of sets)
        for (const { itemId } of read)
          perItem.set(itemId, [
            ...(perItem.get(itemId) ?? []),
            indicator(set.filter((r) => r.positive.has(itemId)).map((r) => r.id)),
          ]);
    }
    for (const [itemId, combinations] of perItem)
      families.push({ name: `% positive of ${itemId}`, combinations });
    const ids = respondents.map((r) => r.id);
    for (const known of [null, ...ids]) {
      const unknown = ids.filter((id) => id !== known);
      for (const { name, combinations } of families)
        expect(
          isolatedGroup(combinations, unknown, K),
          `no combination of ${name} isolates fewer than ${K}${known ? ` others than respondent ${known}` : ""}`,
        ).toBeNull();
    }
    return families.reduce((n, f) => n + f.combinations.length, 0);
  }

  it("1 director + 2 staff: counts only, every figure withheld with its reason (route 2)", async () => {
    const t = await town();
    await t.submit("director");
    await t.submit("staff");
    await t.submit("staff");
    const obtained = emptyObtained();
    await t.obtain(obtained, { pdf: true });
    expectNoIsolation(obtained, t.respondents);
    expect(obtained.nodes.size + obtained.items.length).toBe(0);
    const overview = await t.keyUser.results.overview({ ...t.target, weighting: "balanced" });
    expect(overview).toMatchObject({
      status: "withheld",
      respondents: 3,
      minGroupSize: K + 1,
      participation: { submitted: { director: 1, manager: 0, staff: 2 } },
    });
    if (hasPdftotext()) expect(obtained.pdfs.get("balanced")?.replace(/\s+/g, " ")).toContain("(3 so far)");
  });

  it("1 director + 3 staff: counts and the equal total, balanced weighting and role groups withheld (route 2)", async () => {
    const t = await town();
    await t.submit("director");
    for (let i = 0; i < 3; i += 1) await t.submit("staff");
    const obtained = emptyObtained();
    await t.obtain(obtained, { pdf: true });
    expect(expectNoIsolation(obtained, t.respondents)).toBeGreaterThan(0);
    const balanced = await t.keyUser.results.overview({ ...t.target, weighting: "balanced" });
    if (balanced.status !== "shown") throw new Error("expected the equal total of four");
    expect(balanced.participation.submitted).toEqual({ director: 1, manager: 0, staff: 3 });
    const capability = balanced.scores.find((s) => s.nodeId === "capability");
    expect(capability).toMatchObject({ mean: null, sd: null, reason: "balanced-small-group", n: 4 });
    expect(capability?.breakdown.gap).toMatchObject({ status: "withheld", reason: "role-group-small" });
    // Items asked of management only rest on the director alone: withheld.
    const managementOnly = balanced.items.filter(
      (i) => itemMeta.get(i.itemId)?.roles.includes("staff") === false,
    );
    expect(managementOnly.length).toBeGreaterThan(0);
    for (const item of managementOnly) expect(item).toMatchObject({ reason: "item-subset-small" });
    const equal = await t.keyUser.results.overview({ ...t.target, weighting: "equal" });
    if (equal.status !== "shown") throw new Error("expected the equal total of four");
    const mean = t.respondents.reduce((s, r) => s + (r.scores.capability as number), 0) / 4;
    expect(equal.scores.find((s) => s.nodeId === "capability")?.mean).toBeCloseTo(mean, 9);
    expect(obtained.items.some((read) => read.length > 0)).toBe(true);
    expect([...obtained.spreads.values()].flat().length).toBeGreaterThan(0);
    // The PDF says why, and prints neither the balanced mean nor the director's score.
    const text = (obtained.pdfs.get("balanced") ?? "").replace(/\s+/g, " ");
    if (hasPdftotext()) {
      expect(text).toContain("Hidden under this weighting");
      expect(text).toContain("Respondents: 4");
      const [director, ...staff] = t.respondents.map((r) => r.scores.capability as number);
      const staffMean = staff.reduce((a, b) => a + b, 0) / staff.length;
      const oneDecimal = (v: number): string => v.toFixed(1);
      expect(text).not.toContain(` ${oneDecimal(((director as number) + staffMean) / 2)} `);
      expect(text).not.toContain(` ${oneDecimal(director as number)} `);
    }
  });

  it("4 management + 4 staff: everything shown, nothing isolates fewer than three others", async () => {
    const t = await town();
    for (const role of [
      "director",
      "manager",
      "manager",
      "manager",
      "staff",
      "staff",
      "staff",
      "staff",
    ] as const)
      await t.submit(role);
    const obtained = emptyObtained();
    await t.obtain(obtained, { pdf: true });
    const overview = await t.keyUser.results.overview({ ...t.target, weighting: "balanced" });
    if (overview.status !== "shown") throw new Error("expected results");
    expect(overview.scores.find((s) => s.nodeId === "capability")?.breakdown.gap.status).toBe("shown");
    expect(overview.items.filter((i) => i.reason === null).length).toBeGreaterThan(0);
    expect(expectNoIsolation(obtained, t.respondents)).toBeGreaterThan(4);
  });

  it("3 staff, one of them the key user: withheld, since the key user faces only two others", async () => {
    const t = await town();
    await t.submit("staff", t.keyUser);
    for (let i = 0; i < 2; i += 1) await t.submit("staff");
    const obtained = emptyObtained();
    await t.obtain(obtained);
    expectNoIsolation(obtained, t.respondents);
    const overview = await t.keyUser.results.overview(t.target);
    expect(overview).toMatchObject({ status: "withheld", respondents: 3 });
  });

  it("the key user answered and subtracts their own answers: no one else is isolated, now or over time", async () => {
    const t = await town();
    const own = await t.submit("staff", t.keyUser);
    for (let i = 0; i < 3; i += 1) await t.submit("staff");
    const obtained = emptyObtained();
    await t.obtain(obtained);
    expect(obtained.nodes.size).toBeGreaterThan(0);
    // The key user withdraws and three colleagues join: four changes, so the figures move once.
    await t.withdraw(own);
    await t.obtain(obtained);
    for (let i = 0; i < 3; i += 1) {
      await t.submit("staff");
      await t.obtain(obtained);
    }
    expectNoIsolation(obtained, t.respondents);
    const overview = await t.keyUser.results.overview(t.target);
    expect(overview).toMatchObject({ shownRespondents: 6, refresh: { pending: 0 } });
  });

  it("over time: a mean of four does not move when a fifth submits (route 3), only after k + 1 changes", async () => {
    const t = await town();
    for (let i = 0; i < 4; i += 1) await t.submit("staff");
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
    expect(second.respondents).toBe(5);
    expect(second.refresh).toEqual({ pending: 1, remaining: 3 });
    // Closing changes nothing about the rule.
    await t.keyUser.campaigns.close({ campaignId: t.campaignId });
    await t.obtain(obtained);
    expectNoIsolation(obtained, t.respondents);
  });

  it("with withdrawals: submissions and withdrawals together move the figures in steps of k + 1", async () => {
    const t = await town();
    const first = [];
    for (let i = 0; i < 5; i += 1) first.push(await t.submit("staff"));
    const obtained = emptyObtained();
    await t.obtain(obtained);
    for (const respondent of first.slice(0, 2)) {
      await t.withdraw(respondent);
      await t.obtain(obtained);
      await t.submit("staff");
      await t.obtain(obtained);
    }
    expectNoIsolation(obtained, t.respondents);
    const overview = await t.keyUser.results.overview(t.target);
    expect(overview).toMatchObject({ respondents: 5, shownRespondents: 5, refresh: { pending: 0 } });
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
    for (let i = 0; i < 4; i += 1) await own.submit("staff");
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
    // Four more of the own organisation answer: its own figures refresh, the peers' do not, so the
    // same groups are ranked against a new own score.
    for (let i = 0; i < 4; i += 1) await own.submit("staff");
    await own.obtain(obtained);
    const owns = new Set(obtained.ranks.filter((r) => r.node === "capability").map((r) => r.own));
    expect(owns.size).toBe(2);
    expectNoIsolation(
      { ...emptyObtained(), nodes: obtained.nodes, spreads: obtained.spreads, items: obtained.items },
      own.respondents,
    );
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
      const organisations = units.map((u) => u.id);
      expect(isolatedGroup(combinations, organisations, BENCHMARK_MIN)).toBeNull();
      // A percentile rank counts the group's organisations below the own score: per own score, a sum
      // of indicators over the same group as the group mean. Ranks against different own scores
      // differ by how many of the group lie between them — a count over the whole group, no one's score.
      const byThreshold = new Map<number, Combination[]>();
      for (const rank of obtained.ranks.filter((r) => r.node === node)) {
        const groups = explain(rank.groupMean, units).map((c) => [...c.keys()]);
        const matching = groups.filter((group) => {
          const scores = group.map((id) => units.find((u) => u.id === id)?.value as number);
          const below = scores.filter((v) => v < rank.own).length;
          const equal = scores.filter((v) => v === rank.own).length;
          return (
            group.length === rank.groupSize &&
            Math.abs(((below + equal / 2) / group.length) * 100 - rank.percentileRank) < 1e-9
          );
        });
        expect(matching.length, `rank ${rank.percentileRank} of ${node} rests on its group`).toBeGreaterThan(
          0,
        );
        byThreshold.set(rank.own, [
          ...(byThreshold.get(rank.own) ?? []),
          ...matching.map((g) => indicator(g)),
        ]);
      }
      if (node === "capability") expect(byThreshold.size).toBe(2);
      for (const ranks of byThreshold.values())
        expect(isolatedGroup(ranks, organisations, BENCHMARK_MIN)).toBeNull();
    }
  });
});
