// Benchmark: the one-pass scorer on 1,000,000 respondents × 60 items (10% of answers missing:
// "don't know" or blank), against the strong reference measured in the same run on the same data —
// numpy doing the same work (bench/reference.py with Debian's /usr/bin/python3, skipped with a
// notice when numpy is missing), its results checked against ours — and against a straightforward
// object-per-respondent implementation. Times are medians of 3 of the process CPU time (the machine
// is shared), wall time beside them. Run: pnpm --filter @maturo/scoring bench
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEBIAN_PYTHON, runReference, medianTimes as time } from "@maturo/bench-tools";
import { compileInstruments, DEFAULT_FRAMEWORK, type Instrument, type NormalizedItem } from "@maturo/model";
import {
  ANSWER_BLANK,
  ANSWER_DONT_KNOW,
  createScoringPlan,
  itemStats,
  type MatrixScores,
  organisationSummary,
  roleCode,
  SCORE_MISSING,
  SCORE_NOT_APPLICABLE,
  SCORE_PRESENT,
  type ScoringPlan,
  scoreMatrix,
} from "../src/index.js";

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 1_000_000);
const ITEMS = 60;
const ORGANISATIONS = 300;
const MISSING = 0.1;
const ROLE_NAMES = ["director", "manager", "staff"] as const;
const REPEATS = 3;

/** Deterministic generator (mulberry32) so every run scores the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 60 items over the six capability and legacy categories and four context scales. */
function instrument(): Instrument {
  const nodes = [
    "capability.efficiency",
    "capability.innovation",
    "capability.balance",
    "legacy.organisation",
    "legacy.users",
    "legacy.technology",
    "context.coercive",
    "context.digital-strategy",
    "context.human-resources",
    "context.financial-resources",
  ];
  return {
    id: "bench",
    version: "1.0.0",
    apiVersion: 1,
    locales: ["en"],
    title: { en: "Bench" },
    scales: [
      {
        id: "agree6",
        points: 6,
        positive: [5, 6],
        dontKnow: true,
        labels: { en: ["1", "2", "3", "4", "5", "6"] },
      },
    ],
    sections: [
      {
        id: "all",
        title: { en: "All" },
        items: Array.from({ length: ITEMS }, (_, j) => ({
          id: `item-${j}`,
          node: nodes[j % nodes.length] as string,
          scale: "agree6",
          text: { en: `Item ${j}` },
          ...(j % 7 === 3 ? { reverse: true } : {}),
          ...(j % 11 === 5 ? { roles: ["director" as const, "manager" as const] } : {}),
          ...(j % 13 === 12 ? { showIf: { item: `item-${j - 1}`, in: [3, 4, 5, 6] } } : {}),
        })),
      },
    ],
  };
}

function createPlan(): ScoringPlan {
  const plan = createScoringPlan(compileInstruments([instrument()], DEFAULT_FRAMEWORK));
  if (!plan.ok) throw new Error(plan.errors.map((e) => e.message).join("\n"));
  return plan.value;
}

// ---- The baseline: one object per respondent, scored the obvious way. ----

type Answer = number | "dk" | null;
interface RespondentObject {
  organisationId: string;
  role: string;
  answers: Record<string, Answer>;
}

function askedNaively(item: NormalizedItem, respondent: RespondentObject): boolean {
  if (!item.roles.includes(respondent.role as (typeof ROLE_NAMES)[number])) return false;
  if (item.showIf === null) return true;
  const answer = respondent.answers[item.showIf.item];
  return typeof answer === "number" && item.showIf.in.includes(answer);
}

function baseline(plan: ScoringPlan, respondents: readonly RespondentObject[]): number {
  const categories = plan.nodes.filter((node) => node.kind === "category");
  const dimensions = plan.nodes.filter((node) => node.kind === "dimension");
  const itemsByNode = new Map<string, NormalizedItem[]>();
  for (const item of plan.items) {
    const list = itemsByNode.get(item.node) ?? [];
    list.push(item);
    itemsByNode.set(item.node, list);
  }
  const orgScores = new Map<string, Map<string, number[]>>();
  const itemTally = new Map<string, { n: number; positive: number }>();
  for (const respondent of respondents) {
    const scores: Record<string, number | null> = {};
    const applicableCategories = new Set<string>();
    for (const category of categories) {
      const values: number[] = [];
      let applicable = 0;
      for (const item of itemsByNode.get(category.id) ?? []) {
        if (!askedNaively(item, respondent)) continue;
        applicable++;
        const answer = respondent.answers[item.id];
        if (typeof answer !== "number") continue;
        const k = item.points;
        values.push(((item.reverse ? k - answer : answer - 1) / (k - 1)) * 100);
        const tally = itemTally.get(item.id) ?? { n: 0, positive: 0 };
        tally.n++;
        if (item.positive.includes(item.reverse ? k + 1 - answer : answer)) tally.positive++;
        itemTally.set(item.id, tally);
      }
      if (applicable > 0) applicableCategories.add(category.id);
      scores[category.id] =
        values.length > 0 && values.length * 2 >= applicable
          ? values.reduce((a, b) => a + b, 0) / values.length
          : null;
    }
    for (const dimension of dimensions) {
      const children = categories.filter((c) => c.parent === dimension.id && applicableCategories.has(c.id));
      const present = children.map((c) => scores[c.id]).filter((v): v is number => typeof v === "number");
      scores[dimension.id] =
        present.length > 0 && present.length * 2 >= children.length
          ? present.reduce((a, b) => a + b, 0) / present.length
          : null;
    }
    const org = orgScores.get(respondent.organisationId) ?? new Map<string, number[]>();
    orgScores.set(respondent.organisationId, org);
    for (const [node, value] of Object.entries(scores)) {
      if (value === null) continue;
      const list = org.get(node) ?? [];
      list.push(value);
      org.set(node, list);
    }
  }
  let checksum = 0;
  for (const org of orgScores.values()) {
    for (const values of org.values()) {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      checksum += mean;
    }
  }
  for (const tally of itemTally.values()) checksum += tally.positive / tally.n;
  return checksum;
}

// ---- Data ----

const plan = createPlan();
const next = random(20240101);
const answers = new Uint8Array(RESPONDENTS * ITEMS);
const roles = new Uint8Array(RESPONDENTS);
const organisations = new Uint32Array(RESPONDENTS);
for (let r = 0; r < RESPONDENTS; r++) {
  roles[r] = next() < 0.3 ? 0 : next() < 0.4 ? 1 : 2;
  organisations[r] = Math.floor(next() * ORGANISATIONS);
  const level = 1 + next() * 5;
  for (let j = 0; j < ITEMS; j++) {
    const u = next();
    answers[r * ITEMS + j] =
      u < MISSING / 2
        ? ANSWER_DONT_KNOW
        : u < MISSING
          ? ANSWER_BLANK
          : Math.min(6, Math.max(1, Math.round(level + (next() - 0.5) * 3)));
  }
}
const matrix = { respondents: RESPONDENTS, answers, roles, organisations, organisationCount: ORGANISATIONS };

// Warm up both on a slice so neither is measured cold.
const warm = 20_000;
scoreMatrix(plan, {
  respondents: warm,
  answers: answers.subarray(0, warm * ITEMS),
  roles: roles.subarray(0, warm),
  organisations: organisations.subarray(0, warm),
  organisationCount: ORGANISATIONS,
});

// Three timed passes, each scoring everything, output arrays included: the scoring pass over the
// typed arrays, not the data generation.
const fast = time(() => scoreMatrix(plan, matrix), REPEATS);
const summaries = time(() => {
  let checksum = 0;
  for (let o = 0; o < ORGANISATIONS; o++) {
    checksum += organisationSummary(plan, fast.value, o).scores.capability?.mean ?? 0;
  }
  return checksum + itemStats(plan, fast.value).length;
});

// ---- The strong reference: numpy doing the same work on the same data, right after ours ----

interface Checksums {
  present: number;
  missing: number;
  notApplicable: number;
  scoreSum: number;
  groupMeanSum: number;
  groupM2Sum: number;
  itemValid: number;
  itemPositive: number;
}
interface NumpyFigures {
  numpy: string;
  cpuSeconds: number;
  wallSeconds: number;
  checksums: Checksums;
}

/** Sums over our results that reference.py computes from its own (any order of summation). */
function checksums(scores: MatrixScores): Checksums {
  const status = [0, 0, 0];
  let scoreSum = 0;
  for (let at = 0; at < scores.status.length; at++) {
    const s = scores.status[at] as number;
    status[s] = (status[s] as number) + 1;
    if (s === SCORE_PRESENT) scoreSum += scores.scores[at] as number;
  }
  let groupMeanSum = 0;
  let groupM2Sum = 0;
  for (let at = 0; at < scores.groupCount.length; at++) {
    if (scores.groupCount[at] === 0) continue;
    groupMeanSum += scores.groupMean[at] as number;
    groupM2Sum += scores.groupM2[at] as number;
  }
  return {
    present: status[SCORE_PRESENT] as number,
    missing: status[SCORE_MISSING] as number,
    notApplicable: status[SCORE_NOT_APPLICABLE] as number,
    scoreSum,
    groupMeanSum,
    groupM2Sum,
    itemValid: scores.itemValid.reduce((a, b) => a + b, 0),
    itemPositive: scores.itemPositive.reduce((a, b) => a + b, 0),
  };
}

/** The checksums that differ by more than rounding (counts must match exactly), or none. */
function disagreements(ours: Checksums, theirs: Checksums): string[] {
  return (Object.keys(ours) as (keyof Checksums)[]).filter(
    (key) => Math.abs(ours[key] - theirs[key]) > 1e-9 * Math.max(1, Math.abs(ours[key])),
  );
}

/**
 * Writes the plan (the items and nodes, not the lookup tables: reference.py derives its own from
 * the rules) and the answer matrix to a temporary folder, runs reference.py on it with Debian's
 * /usr/bin/python3 and parses the JSON line it prints — or says why it was skipped.
 */
function numpyReference(): NumpyFigures | string {
  const dir = mkdtempSync(join(tmpdir(), "maturo-scoring-bench-"));
  try {
    const description = {
      respondents: RESPONDENTS,
      organisations: ORGANISATIONS,
      roleCount: ROLE_NAMES.length,
      minValidItemShare: plan.rules.minValidItemShare,
      minCategoryShare: plan.rules.minCategoryShare,
      nodes: plan.nodes.map((node) => ({ kind: node.kind, children: node.children })),
      items: plan.items.map((item) => ({
        node: plan.nodeIndex.get(item.node),
        points: item.points,
        reverse: item.reverse,
        positive: item.positive,
        roles: item.roles.map(roleCode),
        showIf:
          item.showIf === null ? null : { item: plan.itemIndex.get(item.showIf.item), in: item.showIf.in },
      })),
    };
    writeFileSync(join(dir, "plan.json"), JSON.stringify(description));
    writeFileSync(join(dir, "answers.u8"), answers);
    writeFileSync(join(dir, "roles.u8"), roles);
    writeFileSync(join(dir, "organisations.u32"), organisations);
    const script = join(dirname(fileURLToPath(import.meta.url)), "reference.py");
    return runReference<NumpyFigures>(
      DEBIAN_PYTHON,
      ["-c", "import numpy"],
      [script, dir, String(REPEATS)],
      "install Debian's python3-numpy",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const numpy = numpyReference();
const ours = checksums(fast.value);

const objects: RespondentObject[] = new Array(RESPONDENTS);
for (let r = 0; r < RESPONDENTS; r++) {
  const record: Record<string, Answer> = {};
  plan.items.forEach((item, j) => {
    const code = answers[r * ITEMS + j] as number;
    record[item.id] = code === ANSWER_DONT_KNOW ? "dk" : code === ANSWER_BLANK ? null : code;
  });
  objects[r] = {
    organisationId: `org-${organisations[r]}`,
    role: ROLE_NAMES[roles[r] as number] as string,
    answers: record,
  };
}
baseline(plan, objects.slice(0, warm));
const slow = time(() => baseline(plan, objects));

const cells = RESPONDENTS * ITEMS;
const answersPerSecond = cells / fast.seconds;
const baselineRatio = slow.seconds / fast.seconds;
const line = (label: string, cpu: number, wall: number): string =>
  `  ${label.padEnd(44)} ${cpu.toFixed(3).padStart(7)} s CPU (wall ${wall.toFixed(3)} s)  ${(cells / cpu / 1e6).toFixed(1).padStart(6)} M answers/s`;
console.log(
  `${RESPONDENTS.toLocaleString("en")} respondents × ${ITEMS} items, ${MISSING * 100}% missing, ${ORGANISATIONS} organisations; medians of ${REPEATS} runs`,
);
console.log(line("scoreMatrix, one pass over typed arrays", fast.seconds, fast.wallSeconds));
let numpyRatio: number | null = null;
if (typeof numpy === "string") console.log(`  numpy: ${numpy}`);
else {
  const differ = disagreements(ours, numpy.checksums);
  console.log(line(`numpy ${numpy.numpy}, vectorised (reference.py)`, numpy.cpuSeconds, numpy.wallSeconds));
  console.log(
    `    same data; ${differ.length === 0 ? "results agree (scores, statuses, organisation moments, item tallies)" : `results DIFFER in ${differ.join(", ")}`}`,
  );
  numpyRatio = fast.seconds / numpy.cpuSeconds;
  console.log(
    `  ratio ours / numpy: ${numpyRatio.toFixed(2)}× CPU, ${(fast.wallSeconds / numpy.wallSeconds).toFixed(2)}× wall (target ≤ 1.00×: ${numpyRatio <= 1 ? "met" : "NOT met"})`,
  );
}
console.log(line("object-per-respondent baseline (one run)", slow.seconds, slow.wallSeconds));
console.log(
  `  organisation summaries (${ORGANISATIONS}) + % positive: ${summaries.seconds.toFixed(3)} s CPU`,
);
console.log(
  `  ratio: ${baselineRatio.toFixed(1)}× the baseline; target < 1 s and ≥ 10×: ${fast.seconds < 1 && baselineRatio >= 10 ? "met" : "NOT met"}`,
);
console.log(
  JSON.stringify({
    respondents: RESPONDENTS,
    items: ITEMS,
    seconds: Number(fast.seconds.toFixed(4)),
    wallSeconds: Number(fast.wallSeconds.toFixed(4)),
    answersPerSecond: Math.round(answersPerSecond),
    numpySeconds: typeof numpy === "string" ? null : Number(numpy.cpuSeconds.toFixed(4)),
    numpyRatio: numpyRatio === null ? null : Number(numpyRatio.toFixed(3)),
    baselineRatio: Number(baselineRatio.toFixed(2)),
  }),
);
