import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createServices, loadDemo } from "@maturo/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The respondents' device: answers are shown and changed only on the device that gave them. */
const DEVICE = { cookie: `maturo_device=${"d".repeat(43)}` };

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

/** Starts the built server as its own process; resolves with its URL once it listens. */
function startProcess(
  dataDir: string,
): Promise<{ child: ChildProcess; url: string; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", MATURO_DEMO: "off" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      try {
        const entry = JSON.parse(line) as { message?: string; url?: string };
        if (entry.message === "listening" && entry.url) resolve({ child, url: entry.url, exited });
      } catch {
        // not a log line
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited early (${code})`)));
  });
}

describe("durability of acknowledged answers", () => {
  let dataDir: string;
  const respondents: { token: string; items: { id: string; points: number }[] }[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "maturo-durability-"));
    const { services, database } = await createServices({
      dataDir,
      version: "durability",
      pluginsCwd: fileURLToPath(new URL("..", import.meta.url)),
      demoAllowed: true,
    });
    const demo = await loadDemo(services, { linkCount: 12 });
    const { appRouter, createCallerFactory, createContextInner, memoryCookieJar } = await import(
      "@maturo/api"
    );
    const caller = createCallerFactory(appRouter)(
      createContextInner(services, { cookies: memoryCookieJar(), ip: "127.0.0.1", csrfHeader: null }),
    );
    for (const link of demo.links) {
      const token = link.split("/s/")[1] as string;
      const opened = await caller.survey.open({ token });
      const items = opened.sections.flatMap((s) =>
        s.items.filter((i) => i.showIf === null).map((i) => ({ id: i.id, points: i.points })),
      );
      respondents.push({ token, items });
    }
    await database.close();
  }, 180_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("keeps every answer the server acknowledged when it is killed with SIGKILL mid-load", async () => {
    const first = await startProcess(dataDir);
    const acknowledged = new Map<string, Map<string, number>>();
    const count = (): number => [...acknowledged.values()].reduce((n, m) => n + m.size, 0);
    // Kill mid-load once a good number of saves has been acknowledged (not after a fixed time, which
    // on a busy machine may be too few), while the clients are still sending.
    let reachedHundred = (): void => {};
    const hundred = new Promise<void>((resolve) => {
      reachedHundred = resolve;
    });
    let stop = false;
    const clients = respondents.map(async ({ token, items }) => {
      const mine = new Map<string, number>();
      acknowledged.set(token, mine);
      for (let i = 0; !stop && i < items.length; i++) {
        const item = items[i] as { id: string; points: number };
        const value = (i % item.points) + 1;
        try {
          const res = await fetch(`${first.url}/trpc/survey.save`, {
            method: "POST",
            headers: { "content-type": "application/json", ...DEVICE },
            body: JSON.stringify({
              token,
              answers: [{ itemId: item.id, value, at: new Date().toISOString() }],
            }),
          });
          if (res.status === 200) {
            mine.set(item.id, value);
            if (count() > 100) reachedHundred();
          } else throw new Error(`save answered ${res.status}: ${await res.text()}`);
        } catch (error) {
          if (!stop) throw error;
        }
      }
    });
    await Promise.race([hundred, Promise.allSettled(clients)]);
    stop = true;
    first.child.kill("SIGKILL");
    await Promise.allSettled(clients);
    await first.exited;
    const total = count();
    expect(total).toBeGreaterThan(100);

    const second = await startProcess(dataDir);
    try {
      for (const [token, answers] of acknowledged) {
        const res = await fetch(
          `${second.url}/trpc/survey.open?input=${encodeURIComponent(JSON.stringify({ token }))}`,
          { headers: DEVICE },
        );
        const body = (await res.json()) as { result: { data: { answers: Record<string, number | "dk"> } } };
        for (const [itemId, value] of answers)
          expect(body.result.data.answers[itemId], `${token} ${itemId}`).toBe(value);
      }
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
    console.info(`durability: ${total} acknowledged answers survived SIGKILL`);
  }, 180_000);
});
