import { testDatabaseFactories } from "@maturo/vitest-config";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RespondentCampaign, respondentCampaign } from "../test-fixtures/respondent-campaign.js";

const ITEMS = ["org-project-management", "org-it-financing"] as const;
const MINUTE = 60_000;

/** One save as a device sends it: its clock may be behind, right, a little or far ahead of the server's. */
const operation = fc.record({
  item: fc.constantFrom(...ITEMS),
  value: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  clockOffset: fc.constantFrom(-60 * MINUTE, -1000, 0, 2 * MINUTE, 6 * MINUTE, 24 * 60 * MINUTE),
  /** How long after the previous save it reaches the server (0: the same instant). */
  arrives: fc.integer({ min: 0, max: 3 * MINUTE }),
  /** A retried save carries the time it was first given: this many saves earlier, when positive. */
  retryOf: fc.integer({ min: 0, max: 3 }),
});

describe.each(await testDatabaseFactories())("acknowledgements on $dialect", (factory) => {
  let campaign: RespondentCampaign;
  let clock = new Date("2026-12-01T10:00:00.000Z");

  beforeAll(async () => {
    campaign = await respondentCampaign(factory, { now: () => clock });
  });
  afterAll(() => campaign.close());

  it("acknowledge exactly the answers that are stored, last write winning, whatever the order and the clocks", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        const [token] = (await campaign.invite("staff", 1)) as [string];
        const device = campaign.api.anonymous();
        await device.survey.open({ token });
        /** What the acknowledgements say is stored: the value of the last applied save per item. */
        const acknowledged = new Map<string, number | null>();
        /** The time of that save, as the server counts it (a clock far ahead is replaced by the server's). */
        const latest = new Map<string, number>();
        const sentAt: string[] = [];
        for (const op of operations) {
          clock = new Date(clock.getTime() + op.arrives);
          const own = new Date(clock.getTime() + op.clockOffset).toISOString();
          const at = op.retryOf > 0 && sentAt.length >= op.retryOf ? (sentAt.at(-op.retryOf) as string) : own;
          sentAt.push(at);
          const { results } = await device.survey.save({
            token,
            answers: [{ itemId: op.item, value: op.value, at }],
          });
          const counted = Math.min(
            Date.parse(at),
            Date.parse(at) > clock.getTime() + 5 * MINUTE ? clock.getTime() : Infinity,
          );
          // Last write wins by that time: a save is stale exactly when a later one (or clear) is stored.
          const stale = counted < (latest.get(op.item) ?? Number.NEGATIVE_INFINITY);
          expect(results[0]?.status).toBe(stale ? "stale" : "applied");
          if (!stale) {
            acknowledged.set(op.item, op.value);
            latest.set(op.item, counted);
          }
          const stored = (await device.survey.open({ token })).answers;
          for (const item of ITEMS) expect(stored[item] ?? null).toBe(acknowledged.get(item) ?? null);
        }
      }),
      { numRuns: 25 },
    );
  });
});
