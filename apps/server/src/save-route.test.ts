import { loadDemo } from "@maturo/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "./start.js";
import { startSqliteServer } from "./test-fixtures/sqlite-server.js";

const DEVICE = `maturo_device=${"d".repeat(43)}`;
const OTHER_DEVICE = `maturo_device=${"o".repeat(43)}`;

/**
 * `survey.save` has its own route past tRPC's fetch adapter (save-route.ts). An extra query
 * parameter makes the route leave a request to tRPC, which ignores it: each request is sent both
 * ways and must get the same answer.
 */
describe("the autosave route answers exactly as tRPC does", () => {
  let server: RunningServer;
  let tokens: string[] = [];

  beforeAll(async () => {
    server = await startSqliteServer(
      {},
      {
        beforeListen: async (services) => {
          const demo = await loadDemo({ ...services, demoAllowed: true }, { linkCount: 3 });
          tokens = demo.links.map((link) => link.split("/s/")[1] as string);
        },
      },
    );
  }, 120_000);
  afterAll(() => server.close());

  async function both(
    query: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; type: string | null; text: string }[]> {
    const answers = [];
    for (const extra of ["", query === "" ? "?via=trpc" : "&via=trpc"]) {
      const res = await fetch(`${server.url}/trpc/survey.save${query}${extra}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
      // The save's time differs between the two requests; everything else must not.
      const text = (await res.text()).replace(/"savedAt":"[^"]+"/g, '"savedAt":"…"');
      answers.push({ status: res.status, type: res.headers.get("content-type"), text });
    }
    return answers;
  }

  it("for saves, alone and in a batch of one, including the first that binds the device", async () => {
    const token = tokens[0] as string;
    const save = (value: number) =>
      JSON.stringify({
        token,
        answers: [{ itemId: "org-project-management", value, at: "2026-01-01T00:00:00.000Z" }],
      });
    const first = await both("", save(2), { cookie: DEVICE });
    expect(first[0]?.status).toBe(200);
    expect(first[0]?.text).toMatch(/"resumeCode":"[^"]+"/);
    expect(first[1]?.text).toMatch(/"resumeCode":null/);
    const [alone, viaTrpc] = await both("", save(3), { cookie: DEVICE });
    expect(alone).toEqual(viaTrpc);
    expect(JSON.parse(alone?.text ?? "")).toMatchObject({ result: { data: { saved: 1 } } });
    const [batch, batchViaTrpc] = await both("?batch=1", JSON.stringify({ 0: JSON.parse(save(4)) }), {
      cookie: DEVICE,
    });
    expect(batch).toEqual(batchViaTrpc);
    expect(JSON.parse(batch?.text ?? "")).toMatchObject([{ result: { data: { saved: 1 } } }]);
  });

  it("for refusals: an unknown link, invalid input, another device, in either language", async () => {
    const answer = { itemId: "org-project-management", value: 2, at: "2026-01-01T00:00:00.000Z" };
    const cases: [string, string, Record<string, string>][] = [
      ["", JSON.stringify({ token: "x".repeat(40), answers: [answer] }), { cookie: DEVICE }],
      [
        "?batch=1",
        JSON.stringify({ 0: { token: "x".repeat(40), answers: [answer] } }),
        { "x-maturo-locale": "nl" },
      ],
      ["", JSON.stringify({ token: tokens[1], answers: [] }), { "x-maturo-locale": "nl" }],
      ["?batch=1", JSON.stringify({ 0: { token: tokens[1], answers: [{ ...answer, value: 99 }] } }), {}],
      ["", JSON.stringify({ token: tokens[0], answers: [answer] }), { cookie: OTHER_DEVICE }],
    ];
    for (const [query, body, headers] of cases) {
      const [fast, viaTrpc] = await both(query, body, headers);
      expect(fast?.status, body).toBeGreaterThanOrEqual(400);
      expect(fast, body).toEqual(viaTrpc);
    }
  });

  it("leaves a body that is not JSON to tRPC", async () => {
    const [fast, viaTrpc] = await both("", '{"token":', { cookie: DEVICE });
    expect(fast?.status).toBe(400);
    expect(fast).toEqual(viaTrpc);
  });
});
