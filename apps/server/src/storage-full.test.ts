import { loadDemo } from "@maturo/api";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "./start.js";
import { startSqliteServer } from "./test-fixtures/sqlite-server.js";

/** The respondents' device: answers are shown and changed only on the device that gave them. */
const DEVICE = { cookie: `maturo_device=${"d".repeat(43)}` };

type Value = number | "dk";
interface Respondent {
  token: string;
  items: { id: string; points: number }[];
}

/** SQLite's default page limit: "the disk has room again". */
const NO_LIMIT = 1_073_741_823;

describe("a full disk on SQLite", () => {
  let server: RunningServer;
  let tokens: string[] = [];
  const respondents: Respondent[] = [];
  /** Every answer the server acknowledged with 200, per token. */
  const acknowledged = new Map<string, Map<string, Value>>();

  const readyz = async (): Promise<number> => (await fetch(`${server.url}/readyz`)).status;
  const open = async (token: string): Promise<Record<string, Value>> => {
    const input = encodeURIComponent(JSON.stringify({ token }));
    const res = await fetch(`${server.url}/trpc/survey.open?input=${input}`, { headers: DEVICE });
    return ((await res.json()) as { result: { data: { answers: Record<string, Value> } } }).result.data
      .answers;
  };
  /** Saves every question of one respondent at once; records what a 200 acknowledged. */
  const saveAll = async (
    respondent: Respondent,
    locale: "nl" | "en" = "en",
  ): Promise<{ status: number; message: string | null }> => {
    const answers = respondent.items.map((item, index) => ({
      itemId: item.id,
      value: (index % item.points) + 1,
      at: new Date().toISOString(),
    }));
    const res = await fetch(`${server.url}/trpc/survey.save`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-maturo-locale": locale, ...DEVICE },
      body: JSON.stringify({ token: respondent.token, answers }),
    });
    const body = (await res.json()) as { error?: { message: string } };
    if (res.status === 200)
      acknowledged.set(respondent.token, new Map(answers.map((a) => [a.itemId, a.value])));
    return { status: res.status, message: body.error?.message ?? null };
  };

  beforeAll(async () => {
    server = await startSqliteServer(
      {},
      {
        beforeListen: async (services) => {
          tokens = (await loadDemo(services, { linkCount: 12 })).links.map(
            (link) => link.split("/s/")[1] as string,
          );
        },
      },
    );
    for (const token of tokens) {
      const input = encodeURIComponent(JSON.stringify({ token }));
      const res = await fetch(`${server.url}/trpc/survey.open?input=${input}`, { headers: DEVICE });
      const body = (await res.json()) as {
        result: { data: { sections: { items: { id: string; points: number; showIf: unknown }[] }[] } };
      };
      const items = body.result.data.sections.flatMap((section) =>
        section.items.filter((item) => item.showIf === null).map(({ id, points }) => ({ id, points })),
      );
      respondents.push({ token, items });
    }
  }, 120_000);
  afterAll(() => server.close());

  it("answers 503 to saves and /readyz while the database cannot grow, and recovers when it can", async () => {
    const [first, ...fresh] = respondents as [Respondent, ...Respondent[]];
    expect(fresh.length).toBeGreaterThanOrEqual(10);
    expect(await readyz()).toBe(200);
    expect((await saveAll(first)).status).toBe(200);

    // The disk is full: the database may not grow by a single page.
    await sql`PRAGMA max_page_count = 1`.execute(server.services.db);
    // Saves that still fit in the pages the file has are stored; the first that needs a new page
    // must not be acknowledged. Ten respondents' full questionnaires need far more than the free
    // room of a few half-filled pages.
    let refused: Respondent | null = null;
    for (const respondent of fresh) {
      const result = await saveAll(respondent);
      if (result.status === 200) continue;
      expect(result.status).toBe(503);
      expect(result.message).toMatch(/^not stored: the server cannot write to its database/);
      refused = respondent;
      break;
    }
    if (!refused) throw new Error("no save needed a new page: the full disk was not simulated");
    expect(await readyz()).toBe(503);
    const dutch = await saveAll(refused, "nl");
    expect(dutch.status).toBe(503);
    expect(dutch.message).toMatch(/^niet opgeslagen: /);
    expect(dutch.message).not.toMatch(/rollback/);
    expect(acknowledged.has(refused.token)).toBe(false);

    // Room again: the same save is stored and the server is ready.
    await sql`PRAGMA max_page_count = ${sql.raw(String(NO_LIMIT))}`.execute(server.services.db);
    expect(await readyz()).toBe(200);
    expect((await saveAll(refused)).status).toBe(200);

    // Nothing the server acknowledged was lost, before, during or after the full disk.
    expect(acknowledged.size).toBeGreaterThanOrEqual(2);
    for (const [token, answers] of acknowledged) {
      const stored = await open(token);
      for (const [itemId, value] of answers) expect(stored[itemId], `${token} ${itemId}`).toBe(value);
    }
  }, 180_000);
});
