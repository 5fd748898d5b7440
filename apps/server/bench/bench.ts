// Autosave throughput and latency of the real server on SQLite, against a bare node:http +
// better-sqlite3 upsert with the same durability settings (WAL, synchronous=FULL), measured in the
// same run; then the p95 server time of one organisation's results (5 campaigns, 300 organisations).
// Ends with one JSON line of the figures.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  appRouter,
  createCallerFactory,
  createContextInner,
  loadDemo,
  memoryCookieJar,
  SESSION_COOKIE,
} from "@maturo/api";
import autocannon from "autocannon";
import SqliteDatabase from "better-sqlite3";
import { silentLogger } from "../src/logger.js";
import { startServer } from "../src/start.js";

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(
  url: string,
  bodies: string[],
  extra: { headers?: Record<string, string>; method?: "GET" | "POST" } = {},
): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    method: extra.method ?? "POST",
    headers: { "content-type": "application/json", ...extra.headers },
    requests: [
      {
        setupRequest: (request) => {
          const body = bodies[next++ % bodies.length] as string;
          return extra.method === "GET" ? request : { ...request, body };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "maturo-bench-"));
  const server = await startServer(
    { port: 0, host: "127.0.0.1", dataDir, databaseUrl: undefined, trustProxy: false, demo: "off" },
    silentLogger,
    { version: "bench", webRoot: dataDir, beforeListen: async (services) => void (await loadDemo(services)) },
  );
  const services = server.services;
  const caller = (cookies: Record<string, string> = {}, csrf: string | null = null) =>
    createCallerFactory(appRouter)(
      createContextInner(services, { cookies: memoryCookieJar(cookies), ip: "127.0.0.1", csrfHeader: csrf }),
    );

  // One respondent device for every link: answers are shown and changed only on the device that gave them.
  const device = { maturo_device: "d".repeat(43) };

  // The demo key user, logged in as a browser would be.
  const jar = memoryCookieJar();
  const { csrfToken } = await createCallerFactory(appRouter)(
    createContextInner(services, { cookies: jar, ip: "127.0.0.1", csrfHeader: null }),
  ).auth.login({ email: "keyuser@example.org", password: "maturo-demo-keyuser" });
  const sessionCookie = jar.values.get(SESSION_COOKIE) as string;
  const key = caller({ [SESSION_COOKIE]: sessionCookie }, csrfToken);
  const org = await services.db
    .selectFrom("organisations")
    .select("id")
    .where("code", "=", "DEMO-001")
    .executeTakeFirstOrThrow();
  const wave = await services.db
    .selectFrom("campaigns")
    .select("id")
    .where("status", "=", "open")
    .executeTakeFirstOrThrow();

  // Respondent tokens of the open wave and the items each is asked.
  const { links: fresh } = await key.invitations.create({
    campaignId: wave.id,
    organisationId: org.id,
    role: "staff",
    recipients: { count: 40 },
  });
  const bodies: string[] = [];
  for (const token of fresh.map((l) => l.link.split("/s/")[1] as string)) {
    const opened = await caller(device).survey.open({ token });
    for (const section of opened.sections) {
      for (const item of section.items.filter((i) => i.showIf === null)) {
        bodies.push(
          JSON.stringify({
            token,
            answers: [{ itemId: item.id, value: Math.min(4, item.points), at: new Date().toISOString() }],
          }),
        );
      }
    }
  }

  // Baseline: the same JSON in, one durable upsert, a JSON acknowledgement out.
  const baselineDir = await mkdtemp(join(tmpdir(), "maturo-bench-baseline-"));
  const sqlite = new SqliteDatabase(join(baselineDir, "baseline.sqlite"));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.exec(
    "create table answers (token text, item_id text, point integer, client_at text, primary key (token, item_id))",
  );
  const upsert = sqlite.prepare(
    "insert into answers values (?, ?, ?, ?) on conflict (token, item_id) do update set point = excluded.point, client_at = excluded.client_at where answers.client_at <= excluded.client_at",
  );
  const baseline = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => {
      raw += chunk;
    });
    req.on("end", () => {
      const body = JSON.parse(raw) as {
        token: string;
        answers: { itemId: string; value: number; at: string }[];
      };
      for (const a of body.answers) upsert.run(body.token, a.itemId, a.value, a.at);
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => baseline.listen(0, "127.0.0.1", resolve));
  const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;

  console.log(`autosave: ${bodies.length} distinct answers, ${CONNECTIONS} connections, ${DURATION} s each`);
  const base = await load(baselineUrl, bodies);
  console.log(
    `  baseline node:http + better-sqlite3: ${base.requestsPerSecond.toFixed(0)} req/s, p50 ${base.p50} ms, p99 ${base.p99} ms`,
  );
  const save = await load(`${server.url}/trpc/survey.save`, bodies, {
    headers: { cookie: `maturo_device=${device.maturo_device}` },
  });
  console.log(
    `  maturo survey.save:                  ${save.requestsPerSecond.toFixed(0)} req/s, p50 ${save.p50} ms, p99 ${save.p99} ms, errors ${save.errors}`,
  );
  const ratio = save.requestsPerSecond / base.requestsPerSecond;
  console.log(`  throughput ratio maturo / baseline: ${ratio.toFixed(2)}`);

  // Results of the demo organisation with five campaigns: two demo waves plus three own assessments.
  for (let c = 0; c < 3; c++) {
    const { id } = await key.campaigns.startSelf({
      organisationId: org.id,
      versionId: 1,
      name: `Zelfevaluatie ${c + 1}`,
    });
    const { links: own } = await key.invitations.create({
      campaignId: id,
      organisationId: org.id,
      role: "staff",
      recipients: { count: 8 },
    });
    for (const link of own) {
      const token = link.link.split("/s/")[1] as string;
      const opened = await caller(device).survey.open({ token });
      const answers = opened.sections.flatMap((s) =>
        s.items
          .filter((i) => i.showIf === null)
          .map((i) => ({
            itemId: i.id,
            value: ((i.id.length + c) % i.points) + 1,
            at: new Date().toISOString(),
          })),
      );
      for (let i = 0; i < answers.length; i += 100)
        await caller(device).survey.save({ token, answers: answers.slice(i, i + 100) });
      await caller(device).survey.submit({ token });
    }
  }
  const campaigns = await key.campaigns.forOrganisation({ organisationId: org.id });
  const current = campaigns.find((c) => c.status === "open" && c.kind === "wave") ?? campaigns[0];
  const input = encodeURIComponent(JSON.stringify({ organisationId: org.id, campaignId: current?.id }));
  const timings: number[] = [];
  for (let i = 0; i < 60; i++) {
    const started = performance.now();
    const res = await fetch(`${server.url}/trpc/results.overview?input=${input}`, {
      headers: { cookie: `${SESSION_COOKIE}=${encodeURIComponent(sessionCookie)}` },
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`results.overview answered ${res.status}`);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const p95 = timings[Math.floor(timings.length * 0.95)] as number;
  const trendStarted = performance.now();
  await key.results.trend({ organisationId: org.id });
  const trendMs = performance.now() - trendStarted;
  console.log(
    `results of one organisation (${campaigns.length} campaigns, 300 organisations): p95 ${p95.toFixed(1)} ms, median ${timings[30]?.toFixed(1)} ms; trend ${trendMs.toFixed(1)} ms`,
  );

  await server.close();
  baseline.close();
  sqlite.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(baselineDir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      autosaveRequestsPerSecond: Math.round(save.requestsPerSecond),
      autosaveP50Ms: save.p50,
      autosaveP99Ms: save.p99,
      baselineRequestsPerSecond: Math.round(base.requestsPerSecond),
      baselineP50Ms: base.p50,
      baselineP99Ms: base.p99,
      throughputRatio: Number(ratio.toFixed(3)),
      resultsP95Ms: Number(p95.toFixed(1)),
      campaigns: campaigns.length,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
