import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import type { CliIo } from "../io.js";
import { DEFAULT_PLUGINS } from "./score.js";

const dir = mkdtempSync(join(tmpdir(), "maturo-score-"));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = {
    cwd: dir,
    out: "",
    err: "",
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  } satisfies CliIo & { out: string; err: string };
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

// The items of the four plugins, read from their instrument.json, so the CSV follows the plugins.
interface PluginItem {
  id: string;
  node: string;
  scale: string;
  reverse?: boolean;
  roles?: string[];
  showIf?: { item: string; in: number[] };
}
interface Item extends PluginItem {
  points: number;
}
const items: Item[] = DEFAULT_PLUGINS.flatMap((name) => {
  const file = fileURLToPath(new URL(`../../../../plugins/${name}/instrument.json`, import.meta.url));
  const instrument = JSON.parse(readFileSync(file, "utf8")) as {
    scales: { id: string; points: number }[];
    sections: { items: PluginItem[] }[];
  };
  const points = new Map(instrument.scales.map((scale) => [scale.id, scale.points]));
  return instrument.sections.flatMap((section) =>
    section.items.map((item) => ({ ...item, points: points.get(item.scale) ?? 0 })),
  );
});
const asked = (item: Item, role: string): boolean => item.roles === undefined || item.roles.includes(role);

/**
 * The answer that gives item score `score` (0–100): x = 1 + score/100 × (k − 1), or for a
 * reverse-coded item x = k − score/100 × (k − 1). A 2-point (yes/no) item can only score 0 or 100,
 * so an in-between score is answered "yes" there (100).
 */
function answerFor(item: Item, score: number): number {
  const step = item.points === 2 && score !== 0 ? 1 : (score / 100) * (item.points - 1);
  return item.reverse ? item.points - step : 1 + step;
}

/** One CSV row: every item the role is asked gets `scoreOf(item)`; showIf items only when shown. */
function row(id: string, org: string, role: string, scoreOf: (item: Item) => number | null): string[] {
  const answers = new Map<string, number>();
  const cells = items.map((item) => {
    const score = scoreOf(item);
    if (score === null || !asked(item, role)) return "";
    if (item.showIf) {
      const shownBy = answers.get(item.showIf.item);
      if (shownBy === undefined || !item.showIf.in.includes(shownBy)) return "";
    }
    const x = answerFor(item, score);
    answers.set(item.id, x);
    return String(x);
  });
  return [id, org, role, ...cells];
}

const isCapability = (item: Item): boolean => item.node.startsWith("capability.");
const isLegacy = (item: Item): boolean => item.node.startsWith("legacy.");
const header = ["respondent_id", "organisation_id", "role", ...items.map((item) => item.id)];
const rows = [
  row("g1", "gent", "director", () => 100), // every item scores 100
  row("g2", "gent", "manager", () => 0), // every item scores 0 (the showIf follow-up is not shown)
  row("g3", "gent", "staff", () => 60), // agree6: x = 4 (reverse 3) → 60; yes/no: "yes" → 100
  row("g4", "gent", "staff", (item) => (isLegacy(item) ? 20 : null)), // legacy only: x = 2 (reverse 5)
  row("a1", "aalst", "director", (item) => (isCapability(item) ? 0 : 100)),
];
const csv = (lines: string[][]): string => lines.map((line) => line.join(",")).join("\n");
writeFileSync(join(dir, "four.csv"), `${csv([header, ...rows])}\n`);

type ScoreJson = {
  respondents: { respondentId: string; role: string; scores: Record<string, number | null> }[];
  organisations: {
    organisationId: string;
    n: number;
    scores: Record<string, { mean: number | null; sd: number | null; n: number }>;
    profile: { id: string; capability: number; legacy: number } | null;
  }[];
  items: { itemId: string; n: number; percentPositive: number | null }[];
  warnings: string[];
};

describe("maturo score on the four plugins", () => {
  it("gives the scores worked out by hand", async () => {
    const { code, out, err } = await run("score", "--responses", "four.csv", "--format", "json");
    expect(err).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(out) as ScoreJson;
    expect(result.warnings).toEqual([]);
    const byId = Object.fromEntries(result.respondents.map((r) => [r.respondentId, r.scores]));
    const nodes = Object.keys(byId.g1 ?? {});
    // Every capability/legacy category and both dimensions are reported, and every context scale with items.
    for (const node of [
      "capability",
      "capability.efficiency",
      "capability.innovation",
      "capability.balance",
    ]) {
      expect(nodes).toContain(node);
    }
    for (const node of ["legacy", "legacy.organisation", "legacy.users", "legacy.technology"]) {
      expect(nodes).toContain(node);
    }
    const contextNodes = [...new Set(items.map((i) => i.node).filter((n) => n.startsWith("context.")))];
    expect(nodes.filter((n) => n.startsWith("context."))).toEqual(expect.arrayContaining(contextNodes));

    // g1: all items 100 → every node 100. g2: all 0 → every node 0 (the follow-up it was not shown
    // is not applicable, so it does not count against the half-valid rule).
    for (const node of nodes) {
      expect(byId.g1?.[node]).toBe(100);
      expect(byId.g2?.[node]).toBe(0);
    }
    // g3 (staff): agree6 items 60, so capability = mean(60, 60, 60) = 60 and legacy 60; a context scale
    // of yes/no items ("yes" = 100) is 100; scales asked only of director/manager are not applicable.
    const g3 = byId.g3 ?? {};
    expect(g3.capability).toBeCloseTo(60, 10);
    expect(g3.legacy).toBeCloseTo(60, 10);
    for (const node of contextNodes) {
      const own = items.filter((i) => i.node === node && asked(i, "staff"));
      const expected = own.length === 0 ? null : own.every((i) => i.points === 2) ? 100 : 60;
      if (expected === null) expect(g3[node]).toBeNull();
      else expect(g3[node]).toBeCloseTo(expected, 10);
    }
    // g4: nothing on capability → every category missing → capability null; legacy items 20 → legacy 20.
    expect(byId.g4?.capability).toBeNull();
    expect(byId.g4?.legacy).toBeCloseTo(20, 10);
    // a1: capability 0, legacy 100.
    expect(byId.a1?.capability).toBe(0);
    expect(byId.a1?.legacy).toBe(100);

    const gent = result.organisations.find((o) => o.organisationId === "gent");
    expect(gent?.n).toBe(4);
    // capability: g1 100, g2 0, g3 60 (g4 none) → n = 3, mean = 160/3 = 53.333…;
    // deviations 46.667, −53.333, 6.667 → squares 2177.78 + 2844.44 + 44.44 = 5066.67;
    // sd = √(5066.67 / 2) = √2533.33 = 50.332.
    expect(gent?.scores.capability?.n).toBe(3);
    expect(gent?.scores.capability?.mean).toBeCloseTo(160 / 3, 10);
    expect(gent?.scores.capability?.sd).toBeCloseTo(Math.sqrt(7600 / 3), 10);
    // legacy: 100, 0, 60, 20 → n = 4, mean 180/4 = 45; squares 3025 + 2025 + 225 + 625 = 5900;
    // sd = √(5900 / 3) = 44.347.
    expect(gent?.scores.legacy?.mean).toBeCloseTo(45, 10);
    expect(gent?.scores.legacy?.sd).toBeCloseTo(Math.sqrt(5900 / 3), 10);
    // Profile: capability 53.33 ≥ 50 and legacy 45 < 50 → C.
    expect(gent?.profile?.id).toBe("C");
    // aalst: one respondent, capability 0 < 50 and legacy 100 ≥ 50 → B; sd null for n = 1.
    const aalst = result.organisations.find((o) => o.organisationId === "aalst");
    expect(aalst?.profile).toEqual({ id: "B", capability: 0, legacy: 100 });
    expect(aalst?.scores.capability?.sd).toBeNull();

    const stat = Object.fromEntries(result.items.map((i) => [i.itemId, i]));
    // A capability item asked of everyone, agree6, not reversed: g1 6 (positive), g2 1, g3 4, a1 1
    // (g4 blank) → 1 of 4 = 25%.
    const plain = items.find((i) => isCapability(i) && !i.reverse && !i.roles && !i.showIf);
    expect(stat[plain?.id ?? ""]).toEqual({ itemId: plain?.id, n: 4, percentPositive: 25 });
    // A reverse-coded legacy item: g1 x=1 (mirror 6, positive), g2 6 (mirror 1), g3 3 (mirror 4),
    // g4 5 (mirror 2), a1 1 (mirror 6, positive) → 2 of 5 = 40%.
    const reversed = items.find((i) => isLegacy(i) && i.reverse && !i.roles);
    expect(stat[reversed?.id ?? ""]).toEqual({ itemId: reversed?.id, n: 5, percentPositive: 40 });
  });

  it("does not depend on column order, and reads quotes, CRLF and a BOM", async () => {
    const order = header.map((_, i) => i).reverse();
    const flipped = [header, ...rows].map((line) => order.map((i) => `"${line[i] ?? ""}"`));
    writeFileSync(join(dir, "flipped.csv"), `\uFEFF${flipped.map((l) => l.join(",")).join("\r\n")}\r\n`);
    const a = await run("score", "--responses", "four.csv", "--format", "json");
    const b = await run("score", "--responses", "flipped.csv", "--format", "json");
    expect(b.code).toBe(0);
    expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
  });

  it("prints one CSV row per respondent with a column per scored node", async () => {
    const { code, out } = await run("score", "--responses", "four.csv", "--format", "csv");
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\r\n");
    expect(lines).toHaveLength(6);
    const columns = lines[0]?.split(",") ?? [];
    expect(columns.slice(0, 4)).toEqual(["respondent_id", "organisation_id", "role", "capability"]);
    const g4 = lines[4]?.split(",") ?? [];
    expect(g4[columns.indexOf("capability")]).toBe("");
    expect(Number(g4[columns.indexOf("legacy")])).toBeCloseTo(20, 10);
  });
});

describe("maturo score errors", () => {
  const staffOnly = items.find((i) => i.roles !== undefined && !i.roles.includes("staff"));
  const first = items[0] as Item;
  const bad = [
    [...header, "not-an-item"],
    ["r1", "gent", "director", ...items.map((i) => (i === first ? "7" : "")), ""],
    ["r2", "gent", "mayor", ...items.map(() => ""), ""],
    ["r1", "gent", "staff", ...items.map(() => ""), ""],
    ["r3", "gent", "staff", ...items.map((i) => (i === staffOnly ? String(i.points) : "")), ""],
  ];
  writeFileSync(join(dir, "bad.csv"), `${csv(bad)}\n`);

  it("names the row and the column of every problem and exits 1", async () => {
    const header = await run("score", "--responses", "bad.csv", "--format", "json");
    expect(header.code).toBe(1);
    expect(header.out).toBe("");
    expect(header.err).toContain('bad.csv: header, column "not-an-item": unknown column');
    writeFileSync(join(dir, "bad-rows.csv"), `${csv(bad.map((line) => line.slice(0, -1)))}\n`);
    const { code, err } = await run("score", "--responses", "bad-rows.csv", "--format", "json");
    expect(code).toBe(1);
    expect(err).toContain(
      `bad-rows.csv: row 1, column "${first.id}": 7 is not a point of the scale (1 to 6)`,
    );
    expect(err).toContain('bad-rows.csv: row 2, column "role": unknown role "mayor"');
    expect(err).toContain(
      'bad-rows.csv: row 3, column "respondent_id": respondent id "r1" appears more than once',
    );
    expect(err).toContain(
      `bad-rows.csv: row 4, column "${staffOnly?.id}": an answer to "${staffOnly?.id}", which is not asked of staff`,
    );
  });

  it("--lenient skips, counts and lists them under warnings", async () => {
    const { code, out, err } = await run("score", "--responses", "bad.csv", "--lenient", "--format", "json");
    expect(code).toBe(0);
    expect(err).toContain("skipped 5 problem(s)");
    const result = JSON.parse(out) as ScoreJson;
    expect(result.warnings).toHaveLength(5);
    expect(result.respondents.map((r) => r.respondentId)).toEqual(["r1", "r3"]);
  });

  it("refuses a missing --responses and an unknown format", async () => {
    expect((await run("score", "--format", "json")).code).toBe(1);
    expect((await run("score", "--responses", "four.csv", "--format", "xml")).err).toContain("--format");
  });
});
