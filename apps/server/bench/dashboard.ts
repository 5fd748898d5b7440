// Key-user results at scale: the server time of `results.overview` for one organisation with 20
// campaigns in the database, at 300 and at 3,000 organisations (DESIGN §12: p95 < 25 ms at 3,000 ×
// 20). The population is the synthetic demo (300 organisations, a closed and an open wave with their
// realistic respondents and stored scores) copied organisation by organisation up to the size asked,
// and wave by wave up to 20 campaigns, straight into the SQLite file. The server then runs in its
// own process (the built `dist/main.js`); this process is the client, over HTTP, one request at a
// time, rotating over the key user's organisations after a warm-up round.
// Run: pnpm --filter @maturo/server bench:dashboard   (BENCH_REQUESTS, default 300)
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  appRouter,
  createCallerFactory,
  createContextInner,
  loadDemo,
  memoryCookieJar,
  refreshSubmissionTallies,
  SESSION_COOKIE,
} from "@maturo/api";
import { openDatabase, type Row, SQLITE_FILE_NAME } from "@maturo/db";
import SqliteDatabase from "better-sqlite3";
import { silentLogger } from "../src/logger.js";
import { startServer } from "../src/start.js";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CAMPAIGNS = 20;
/** Organisations the key user belongs to, whose results the requests rotate over. */
const READ_ORGANISATIONS = 20;

interface Population {
  dataDir: string;
  sessionCookie: string;
  csrfToken: string;
  campaignId: number;
  organisationIds: number[];
  responses: number;
  scores: number;
}

/**
 * The demo, then copies of its organisations and waves until `organisations` × CAMPAIGNS; or, with
 * BENCH_REUSE=<folder> (a population kept with BENCH_KEEP=1), a copy of that one.
 */
async function populate(organisations: number): Promise<Population> {
  const dataDir = await mkdtemp(join(tmpdir(), "maturo-dashboard-"));
  const reuse = process.env.BENCH_REUSE;
  if (reuse) await cp(reuse, dataDir, { recursive: true });
  const server = await startServer(
    { port: 0, host: "127.0.0.1", dataDir, databaseUrl: undefined, trustProxy: false, demo: "off" },
    silentLogger,
    {
      version: "bench",
      webRoot: dataDir,
      beforeListen: async (services) => void (reuse ? undefined : await loadDemo(services)),
    },
  );
  const jar = memoryCookieJar();
  const { csrfToken } = await createCallerFactory(appRouter)(
    createContextInner(server.services, { cookies: jar, ip: "127.0.0.1", csrfHeader: null }),
  ).auth.login({ email: "keyuser@example.org", password: "maturo-demo-keyuser" });
  const sessionCookie = jar.values.get(SESSION_COOKIE) as string;
  await server.close();

  const sqlite = new SqliteDatabase(join(dataDir, SQLITE_FILE_NAME));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const demoOrganisations = sqlite
    .prepare("select * from organisations order by id")
    .all() as Row<"organisations">[];
  const waves = sqlite.prepare("select * from campaigns order by opens_at").all() as Record<
    string,
    unknown
  >[];
  const open = waves.find((w) => w.status === "open") as { id: number };
  const closed = waves.find((w) => w.status !== "open") as Record<string, unknown> & { id: number };
  const responsesOf = sqlite.prepare(
    "select * from responses where campaign_id = ? and status = 'submitted' order by id",
  );
  const scoresOf = sqlite.prepare("select node_id, role, score from respondent_scores where response_id = ?");
  const answersOf = sqlite.prepare(
    "select item_id, point, dont_know, client_at, saved_at from answers where response_id = ?",
  );
  const insertOrganisation = sqlite.prepare(
    "insert into organisations (code, name, kind, province, size_class, created_at) values (?, ?, ?, ?, ?, ?)",
  );
  const insertCampaign = sqlite.prepare(
    "insert into campaigns (kind, name, instrument_version_id, organisation_id, created_by, status, opens_at, closes_at, closed_at, retention_days, purged_at, created_at) values ('wave', ?, ?, null, ?, 'closed', ?, ?, ?, null, ?, ?)",
  );
  const insertMember = sqlite.prepare(
    "insert or ignore into campaign_organisations (campaign_id, organisation_id) values (?, ?)",
  );
  const insertInvitation = sqlite.prepare(
    "insert into invitations (campaign_id, organisation_id, role, status, created_at) values (?, ?, ?, 'submitted', ?)",
  );
  const insertResponse = sqlite.prepare(
    "insert into responses (invitation_id, campaign_id, organisation_id, role, pseudonym, locale, status, started_at, updated_at, submitted_at) values (?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?)",
  );
  const insertScore = sqlite.prepare(
    "insert into respondent_scores (response_id, node_id, campaign_id, organisation_id, role, score) values (?, ?, ?, ?, ?, ?)",
  );
  const insertAnswer = sqlite.prepare(
    "insert into answers (response_id, item_id, point, dont_know, client_at, saved_at) values (?, ?, ?, ?, ?, ?)",
  );
  const keyUser = (
    sqlite.prepare("select id from users where email = 'keyuser@example.org'").get() as { id: number }
  ).id;
  const insertMembership = sqlite.prepare(
    "insert or ignore into memberships (user_id, organisation_id, created_at) values (?, ?, ?)",
  );

  let pseudonym = 0;
  const build = sqlite.transaction(() => {
    // Organisations: copies of the demo's, each copy standing for the original in every wave.
    const copies: { id: number; source: number }[] = demoOrganisations.map((o) => ({
      id: o.id,
      source: o.id,
    }));
    for (let i = demoOrganisations.length; i < organisations; i++) {
      const o = demoOrganisations[i % demoOrganisations.length] as (typeof demoOrganisations)[number];
      const copy = Math.floor(i / demoOrganisations.length);
      const id = Number(
        insertOrganisation.run(
          `${o.code}-${copy}`,
          `${o.name} ${copy}`,
          o.kind,
          o.province,
          o.size_class,
          o.created_at,
        ).lastInsertRowid,
      );
      copies.push({ id, source: o.id });
    }
    // Campaigns: the two demo waves and earlier closed waves copied from the closed one.
    const campaigns: { id: number; source: number }[] = [
      { id: closed.id, source: closed.id },
      { id: open.id, source: open.id },
    ];
    for (let c = 2; c < CAMPAIGNS; c++) {
      const year = 2000 + c;
      const id = Number(
        insertCampaign.run(
          `Meting ${year}`,
          closed.instrument_version_id,
          closed.created_by,
          `${year}-03-01T00:00:00.000Z`,
          `${year}-05-01T00:00:00.000Z`,
          `${year}-05-01T00:00:00.000Z`,
          `${year}-05-01T00:00:00.000Z`,
          `${year}-03-01T00:00:00.000Z`,
        ).lastInsertRowid,
      );
      campaigns.push({ id, source: closed.id });
    }
    const at = new Date().toISOString();
    for (const campaign of campaigns) {
      // Each organisation gets its own demo respondents or, where the demo has fewer than three,
      // between 3 and 12 respondents drawn in turn from the whole wave's.
      const pool = responsesOf.all(campaign.source) as Record<string, never>[];
      let drawn = 0;
      for (const [index, organisation] of copies.entries()) {
        insertMember.run(campaign.id, organisation.id);
        const own = pool.filter((r) => r.organisation_id === organisation.source);
        const original = campaign.id === campaign.source && organisation.id === organisation.source;
        if (original && own.length >= 3) continue;
        const respondents =
          own.length >= 3 && !original
            ? own
            : Array.from(
                { length: 3 + ((index * 7 + campaign.id) % 10) },
                () => pool[drawn++ % pool.length] as Record<string, never>,
              );
        for (const response of respondents) {
          const invitation = Number(
            insertInvitation.run(campaign.id, organisation.id, response.role, response.started_at)
              .lastInsertRowid,
          );
          const id = Number(
            insertResponse.run(
              invitation,
              campaign.id,
              organisation.id,
              response.role,
              `bench-${++pseudonym}`,
              response.locale,
              response.started_at,
              response.updated_at,
              response.submitted_at,
            ).lastInsertRowid,
          );
          for (const score of scoresOf.all(response.id) as {
            node_id: string;
            role: string;
            score: number | null;
          }[])
            insertScore.run(id, score.node_id, campaign.id, organisation.id, score.role, score.score);
          // Answers only where a key user reads them (the open wave); other waves keep their scores.
          if (campaign.id === open.id)
            for (const a of answersOf.all(response.id) as Record<string, never>[])
              insertAnswer.run(id, a.item_id, a.point, a.dont_know, a.client_at, a.saved_at);
        }
      }
    }
    const readable = copies.filter((_, i) => i % Math.floor(copies.length / READ_ORGANISATIONS) === 0);
    for (const o of readable.slice(0, READ_ORGANISATIONS)) insertMembership.run(keyUser, o.id, at);
  });
  if (!reuse) build();
  sqlite.pragma("analysis_limit = 1000");
  sqlite.exec("analyze");
  const count = (table: string): number =>
    (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const responses = count("responses");
  const scores = count("respondent_scores");
  const organisationIds = (
    sqlite
      .prepare("select organisation_id as id from memberships where user_id = ? order by id")
      .all(keyUser) as {
      id: number;
    }[]
  ).map((row) => row.id);
  const campaignIds = (sqlite.prepare("select id from campaigns").all() as { id: number }[]).map((c) => c.id);
  sqlite.close();
  // The tallies kept at submission, as the application keeps them.
  const database = openDatabase({ dataDir });
  for (const id of campaignIds) await refreshSubmissionTallies(database.db, id);
  await database.close();
  return { dataDir, sessionCookie, csrfToken, campaignId: open.id, organisationIds, responses, scores };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the built server on the population's data directory in a child process. */
async function serve(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
  // BENCH_PROFILE=<folder>: the server writes a CPU profile there (node --cpu-prof).
  const profile = process.env.BENCH_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, main], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, MATURO_DEMO: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    const ready = await fetch(`${url}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) break;
    if (attempt > 600 || child.exitCode !== null) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;

async function measure(organisations: number): Promise<{ p50: number; p95: number; organisations: number }> {
  const started = performance.now();
  const population = await populate(organisations);
  console.log(
    `  ${organisations} organisations × ${CAMPAIGNS} campaigns: ${population.responses} submitted responses, ${population.scores} stored scores (built in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  const server = await serve(population.dataDir);
  try {
    const cookie = `${SESSION_COOKIE}=${encodeURIComponent(population.sessionCookie)}`;
    const request = async (organisationId: number): Promise<number> => {
      const input = encodeURIComponent(JSON.stringify({ organisationId, campaignId: population.campaignId }));
      const begin = performance.now();
      const res = await fetch(`${server.url}/trpc/results.overview?input=${input}`, {
        headers: { cookie, "accept-encoding": "br, gzip" },
      });
      await res.arrayBuffer();
      const ms = performance.now() - begin;
      if (res.status !== 200) throw new Error(`results.overview answered ${res.status}`);
      return ms;
    };
    // Warm-up: each organisation's first look stores the snapshot it is then served from.
    for (const id of population.organisationIds) await request(id);
    const timings: number[] = [];
    for (let i = 0; i < REQUESTS; i++)
      timings.push(
        await request(population.organisationIds[i % population.organisationIds.length] as number),
      );
    timings.sort((a, b) => a - b);
    return { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), organisations };
  } finally {
    await server.stop();
    if (process.env.BENCH_KEEP) console.log(`  kept ${population.dataDir}`);
    else await rm(population.dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`results.overview, one request at a time from a separate process, ${REQUESTS} requests`);
  const figures = [];
  const sizes = process.env.BENCH_ORGANISATIONS?.split(",").map(Number) ?? [300, 3000];
  for (const organisations of sizes) {
    const f = await measure(organisations);
    console.log(`  → p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms`);
    figures.push(f);
  }
  const last = figures[figures.length - 1] as { p95: number };
  console.log(`p95 at 3,000 × ${CAMPAIGNS}: ${last.p95.toFixed(1)} ms (target < 25 ms)`);
  console.log(
    JSON.stringify(
      Object.fromEntries(
        figures.flatMap((f) => [
          [`p50Ms_${f.organisations}`, Number(f.p50.toFixed(1))],
          [`p95Ms_${f.organisations}`, Number(f.p95.toFixed(1))],
        ]),
      ),
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
