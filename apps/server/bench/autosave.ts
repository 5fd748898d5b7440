// Autosave over HTTP against the strong reference, each server and the load generator in its own
// process: our built server (dist/main.js, SQLite in WAL with synchronous=FULL, as in production) on
// a campaign with respondents whose device is bound, then a bare node:http + better-sqlite3 server
// with the same durability committing once per request, then the same with group commit. Every
// request is a change to store (autosave-load.ts stamps it with the time it is sent), so each
// commit has something to make durable on both sides. Three rounds; each gives the ratio of ours
// to the bare servers measured back to back with it; prints the median of each figure and of the
// rounds' ratios, then one JSON line.
// Usage (after a build): pnpm --filter @maturo/server bench:autosave
// BENCH_SECONDS (default 8) and BENCH_ROUNDS (default 3) set the length and number of runs;
// BENCH_PROFILE=<folder> writes a CPU profile of ours there.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import {
  appRouter,
  createCallerFactory,
  createContextInner,
  createServices,
  loadDemo,
  memoryCookieJar,
} from "@maturo/api";

const SECONDS = process.env.BENCH_SECONDS ?? "8";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RESPONDENTS = 40;
const DEVICE = `maturo_device=${"d".repeat(43)}`;
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server process's CPU time (user + system) per request, in µs: steadier than wall time when the machine is shared. */
  cpuPerRequestUs: number;
}

/** A process's CPU time so far in ms (Linux /proc; 0 elsewhere, where the CPU figure is then meaningless). */
async function cpuMs(pid: number | undefined): Promise<number> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** Runs a child until it prints a line `pick` accepts; the rest of its output is drained unread. */
function startChild(
  args: string[],
  env: Record<string, string>,
  pick: (line: string) => string | null,
): Promise<{ child: ChildProcess; value: string; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return new Promise((resolve, reject) => {
    let found = false;
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      if (found) return;
      const value = pick(line);
      if (value === null) return;
      found = true;
      // The rest (our server's request log) is read and dropped without splitting it into lines:
      // the bench shares the cores with the servers it measures.
      lines.close();
      child.stdout?.resume();
      resolve({ child, value, exited });
    });
    child.once("exit", (code) => {
      if (!found) reject(new Error(`${args.join(" ")} exited early (${code})`));
    });
  });
}

function parsed<T>(line: string): T | null {
  try {
    return JSON.parse(line) as T;
  } catch {
    return null;
  }
}

/** A save as the load generator sends it, without its time (autosave-load.ts stamps each request). */
interface Save {
  token: string;
  answers: { itemId: string; value: number }[];
}

/** Respondents of the demo's open wave, each bound to the bench's device, and the saves to post. */
async function prepare(dataDir: string): Promise<Save[]> {
  const { services, database } = await createServices({
    dataDir,
    version: "bench",
    pluginsCwd: here(".."),
    demoAllowed: true,
  });
  const demo = await loadDemo(services, { linkCount: RESPONDENTS });
  const caller = createCallerFactory(appRouter)(
    createContextInner(services, {
      cookies: memoryCookieJar({ maturo_device: DEVICE.split("=")[1] as string }),
      ip: "127.0.0.1",
      csrfHeader: null,
    }),
  );
  const saves: Save[] = [];
  for (const link of demo.links) {
    const token = link.split("/s/")[1] as string;
    const opened = await caller.survey.open({ token });
    const items = opened.sections.flatMap((s) => s.items.filter((i) => i.showIf === null));
    const first = items[0];
    if (!first) continue;
    // The first save binds the device, as a respondent's first answer does.
    await caller.survey.save({
      token,
      answers: [{ itemId: first.id, value: 1, at: new Date().toISOString() }],
    });
    // Each question three times, with another answer each time (a respondent changing their mind).
    items.forEach((item, i) => {
      for (let round = 0; round < 3; round++)
        saves.push({ token, answers: [{ itemId: item.id, value: ((i + round) % item.points) + 1 }] });
    });
  }
  await database.close();
  // Interleave respondents so the 16 connections save for different respondents at once.
  return saves.map((_, i) => saves[(i * 7919) % saves.length] as Save);
}

/** Runs the load generator against a server process and measures the server's CPU time meanwhile. */
async function load(server: ChildProcess, url: string, savesFile: string, cookie?: string): Promise<Figures> {
  // A warm-up second first (lazy imports, the instrument's compilation, the JIT), not counted.
  await generate(url, savesFile, "1", cookie);
  const before = await cpuMs(server.pid);
  const value = await generate(url, savesFile, SECONDS, cookie);
  const cpu = (await cpuMs(server.pid)) - before;
  const figures = JSON.parse(value) as Omit<Figures, "cpuPerRequestUs">;
  const requests = figures.requestsPerSecond * Number(SECONDS);
  return { ...figures, cpuPerRequestUs: requests > 0 ? (cpu * 1000) / requests : 0 };
}

/** One run of the load generator in its own process; resolves with its JSON line. */
async function generate(url: string, savesFile: string, seconds: string, cookie?: string): Promise<string> {
  const args = ["--import", "tsx", here("autosave-load.ts"), url, savesFile, seconds];
  const { value, exited } = await startChild(cookie ? [...args, cookie] : args, {}, (line) =>
    parsed<Figures>(line)?.requestsPerSecond !== undefined ? line : null,
  );
  await exited;
  return value;
}

async function runOurs(dataDir: string, savesFile: string, round: number): Promise<Figures> {
  const profile = process.env.BENCH_PROFILE;
  const args = [...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []), here("../dist/main.js")];
  const server = await startChild(
    args,
    { DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", MATURO_DEMO: "off", BENCH_ROUND: String(round) },
    (line) => {
      const entry = parsed<{ message?: string; url?: string }>(line);
      return entry?.message === "listening" && entry.url ? entry.url : null;
    },
  );
  try {
    return await load(server.child, `${server.value}/trpc/survey.save`, savesFile, DEVICE);
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
}

async function runBare(mode: "per-request" | "group", savesFile: string): Promise<Figures> {
  const folder = await mkdtemp(join(tmpdir(), "maturo-bench-bare-"));
  const server = await startChild(["--import", "tsx", here("bare-server.ts"), mode, folder], {}, (line) => {
    const port = parsed<{ port?: number }>(line)?.port;
    return port === undefined ? null : String(port);
  });
  try {
    return await load(server.child, `http://127.0.0.1:${server.value}/`, savesFile);
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
    await rm(folder, { recursive: true, force: true });
  }
}

function median(runs: Figures[]): Figures {
  const mid = (pick: (f: Figures) => number): number =>
    [...runs.map(pick)].sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;
  return {
    requestsPerSecond: mid((f) => f.requestsPerSecond),
    p50: mid((f) => f.p50),
    p99: mid((f) => f.p99),
    errors: runs.reduce((n, f) => n + f.errors, 0),
    cpuPerRequestUs: mid((f) => f.cpuPerRequestUs),
  };
}

function line(name: string, f: Figures): string {
  return `  ${name.padEnd(40)} ${f.requestsPerSecond.toFixed(0).padStart(6)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, server CPU ${f.cpuPerRequestUs.toFixed(0)} µs/request, errors ${f.errors}`;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "maturo-bench-autosave-"));
  try {
    const saves = await prepare(dataDir);
    const savesFile = join(dataDir, "saves.json");
    await writeFile(savesFile, JSON.stringify(saves));
    console.log(
      `autosave: ${RESPONDENTS} respondents, ${saves.length} saves stamped with the time they are sent, 16 connections, ${SECONDS} s per run, median of ${ROUNDS}`,
    );
    const ours: Figures[] = [];
    const perRequest: Figures[] = [];
    const group: Figures[] = [];
    const ratios: number[] = [];
    const groupRatios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Each round measures ours and the bare per-request server back to back, in turns of order
      // (ours first, then the reference first), so each round's ratio compares the machine with
      // itself: on a shared virtual machine the speed drifts between rounds by more than the
      // difference being measured.
      if (round % 2 === 0) {
        ours.push(await runOurs(dataDir, savesFile, round));
        perRequest.push(await runBare("per-request", savesFile));
      } else {
        perRequest.push(await runBare("per-request", savesFile));
        ours.push(await runOurs(dataDir, savesFile, round));
      }
      group.push(await runBare("group", savesFile));
      const [o, p, g] = [ours[round], perRequest[round], group[round]] as [Figures, Figures, Figures];
      ratios.push(o.requestsPerSecond / p.requestsPerSecond);
      groupRatios.push(o.requestsPerSecond / g.requestsPerSecond);
      console.log(
        `  round ${round + 1}: ours ${o.requestsPerSecond.toFixed(0)}, bare per request ${p.requestsPerSecond.toFixed(0)}, bare group ${g.requestsPerSecond.toFixed(0)} req/s; ours / bare per request ${ratios[round]?.toFixed(2)}`,
      );
    }
    const [o, p, g] = [median(ours), median(perRequest), median(group)];
    console.log(line("maturo survey.save", o));
    console.log(line("bare node:http + better-sqlite3, 1 commit", p));
    console.log(line("bare node:http + better-sqlite3, group", g));
    const mid = (values: number[]): number =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
    const ratio = mid(ratios);
    const ratioGroup = mid(groupRatios);
    const cpuRatio = p.cpuPerRequestUs / o.cpuPerRequestUs;
    console.log(
      `  ours / bare per request, median of the rounds' ratios: ${ratio.toFixed(2)} (target ≥ 0.5); ours / bare group: ${ratioGroup.toFixed(2)}; by server CPU per request (medians), bare per request / ours: ${cpuRatio.toFixed(2)}`,
    );
    const load = (await readFile("/proc/loadavg", "utf8").catch(() => "")).split(" ").slice(0, 3).join(" ");
    console.log(
      JSON.stringify({ ours: o, barePerRequest: p, bareGroup: g, ratio, ratioGroup, cpuRatio, load }),
    );
    if (o.errors > 0) process.exitCode = 1;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
