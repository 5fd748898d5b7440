import { testDatabaseFactories } from "@maturo/vitest-config";
import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { requestPasswordReset } from "./passwords.js";

/** Counts the statements sent to the database. */
function statementCounter(): KyselyPlugin & { count: number } {
  return {
    count: 0,
    transformQuery(args) {
      this.count += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
}

describe.each(await testDatabaseFactories())("a password-reset request on $dialect", (factory) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(factory);
    await api.as({ email: "known@test.be", role: "researcher" });
  });
  afterAll(() => api.close());

  /** The statements one request runs and the mails it hands over, with a mail server that never answers. */
  async function work(email: string): Promise<{ statements: number; mails: string[]; answer: unknown }> {
    const counter = statementCounter();
    const mails: string[] = [];
    const answer = await requestPasswordReset(
      {
        ...api.services,
        db: api.handle.db.withPlugin(counter),
        mailer: {
          send: (mail) => {
            mails.push(mail.to);
            return new Promise<void>(() => undefined);
          },
        },
      },
      email,
    );
    return { statements: counter.count, mails, answer };
  }

  it("does the same work for a known and an unknown address and does not wait for the mail server", async () => {
    const known = await work("known@test.be");
    const unknown = await work("unknown@test.be");
    expect(known.mails).toEqual(["known@test.be"]);
    expect(unknown.mails).toEqual([]);
    expect(unknown.statements).toBe(known.statements);
    expect(unknown.answer).toEqual(known.answer);
    const stored = await api.handle.db.selectFrom("password_resets").select("user_id").execute();
    expect(stored).toHaveLength(1);
  });
});
