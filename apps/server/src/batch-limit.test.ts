import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BATCH_CALLS } from "./batch-limit.js";
import type { RunningServer } from "./start.js";
import { startSqliteServer } from "./test-fixtures/sqlite-server.js";

/** One GET carrying `calls` calls of system.status in one tRPC batch. */
function batchUrl(server: RunningServer, calls: number): string {
  const paths = Array.from({ length: calls }, () => "system.status").join(",");
  const input = Object.fromEntries(Array.from({ length: calls }, (_, index) => [index, {}]));
  return `${server.url}/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}

describe("tRPC batches", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startSqliteServer();
  });
  afterAll(() => server.close());

  it("refuses a GET batching 60 calls with 400 and a message in the request's language", async () => {
    const en = await fetch(batchUrl(server, 60));
    expect(en.status).toBe(400);
    const body = (await en.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe("BAD_REQUEST");
    expect(body.error.message).toBe(`a batch may hold at most ${MAX_BATCH_CALLS} calls; this one holds 60`);
    const nl = await fetch(batchUrl(server, 60), { headers: { "x-maturo-locale": "nl" } });
    expect(((await nl.json()) as { error: { message: string } }).error.message).toBe(
      `een batch mag hoogstens ${MAX_BATCH_CALLS} aanroepen bevatten; deze bevat er 60`,
    );
  });

  it(`answers a batch of ${MAX_BATCH_CALLS} calls`, async () => {
    const res = await fetch(batchUrl(server, MAX_BATCH_CALLS));
    expect(res.status).toBe(200);
    expect(((await res.json()) as unknown[]).length).toBe(MAX_BATCH_CALLS);
  });
});
