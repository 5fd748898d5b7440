// The p95 server time of one organisation's results (5 campaigns, 300 organisations). Ends with one
// JSON line of the figures. Autosave has its own bench, with the load generator in its own process
// (autosave.ts, `pnpm bench:autosave`).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  appRouter,
  createCallerFactory,
  createContextInner,
  loadDemo,
  memoryCookieJar,
  SESSION_COOKIE,
} from "@maturo/api";
import { silentLogger } from "../src/logger.js";
import { startServer } from "../src/start.js";

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
  await rm(dataDir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      resultsP95Ms: Number(p95.toFixed(1)),
      campaigns: campaigns.length,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
