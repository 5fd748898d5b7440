import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, SQLITE_FILE_NAME } from "@maturo/db";
import type { NormalizedItem } from "@maturo/model";
import { type TestDatabaseFactory, testDatabaseFactories } from "@maturo/vitest-config";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { itemsForRole } from "../shared/questionnaire.js";
import { directorsCampaign } from "../test-fixtures/directors-campaign.js";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { AnswerWriter } from "./answer-writer.js";

describe.each(await testDatabaseFactories())("group-committed autosaves on $dialect", (factory) => {
  let api: TestApi;
  let responseIds: number[];
  let staff: { role: "staff"; items: ReadonlyMap<string, NormalizedItem> };

  beforeAll(async () => {
    api = await createTestApi(factory);
    const researcher = await api.as({ email: "r@test.be", role: "researcher" });
    const orgId = await api.organisation("W-1");
    const keyUser = await api.as({ email: "k@test.be", role: "keyuser", organisationIds: [orgId] });
    const { id: versionId } = await researcher.instruments.freeze({
      title: "Versie",
      plugins: ["organisation", "users", "technology", "context"],
    });
    staff = {
      role: "staff",
      items: itemsForRole((await loadInstrumentVersion(api.handle.db, versionId)).compiled, "staff"),
    };
    const { id: campaignId } = await keyUser.campaigns.startSelf({
      organisationId: orgId,
      versionId,
      name: "Zelf",
    });
    const { links } = await keyUser.invitations.create({
      campaignId,
      organisationId: orgId,
      role: "staff",
      recipients: { count: 3 },
    });
    responseIds = [];
    for (const link of links) {
      const token = link.link.split("/s/")[1] as string;
      await api.anonymous().survey.save({
        token,
        answers: [{ itemId: "org-project-management", value: 1, at: "2026-01-01T00:00:00.000Z" }],
      });
    }
    const rows = await api.handle.db.selectFrom("responses").select("id").orderBy("id").execute();
    responseIds = rows.map((r) => r.id);
  });
  afterAll(() => api.close());

  it("writes concurrent saves together, each acknowledged only once it is stored", async () => {
    const writer = new AnswerWriter(api.handle.db);
    const saves = responseIds.flatMap((responseId, r) =>
      ["org-project-management", "org-it-financing", "org-outsourcing"].map((itemId, i) =>
        writer.write({
          ...staff,
          responseId,
          savedAt: new Date().toISOString(),
          answers: [{ itemId, value: ((r + i) % 6) + 1, at: `2026-01-02T00:00:0${i}.000Z` }],
        }),
      ),
    );
    await Promise.all(saves);
    const stored = await api.handle.db
      .selectFrom("answers")
      .select(["response_id", "item_id", "point"])
      .where("item_id", "in", ["org-project-management", "org-it-financing", "org-outsourcing"])
      .execute();
    expect(stored).toHaveLength(responseIds.length * 3);
    for (const [r, responseId] of responseIds.entries()) {
      expect(
        stored.find((s) => s.response_id === responseId && s.item_id === "org-it-financing")?.point,
      ).toBe(((r + 1) % 6) + 1);
    }
  });

  it("fails only the bad save when one save in a shared transaction cannot be written", async () => {
    const writer = new AnswerWriter(api.handle.db);
    const good = responseIds.map((responseId) =>
      writer.write({
        ...staff,
        responseId,
        savedAt: new Date().toISOString(),
        answers: [{ itemId: "users-open-data", value: 3, at: "2026-01-03T00:00:00.000Z" }],
      }),
    );
    const bad = writer.write({
      ...staff,
      responseId: 999_999,
      savedAt: new Date().toISOString(),
      answers: [{ itemId: "users-open-data", value: 3, at: "2026-01-03T00:00:00.000Z" }],
    });
    await expect(bad).rejects.toThrow();
    await expect(Promise.all(good)).resolves.toHaveLength(responseIds.length);
    const stored = await api.handle.db
      .selectFrom("answers")
      .select("response_id")
      .where("item_id", "=", "users-open-data")
      .execute();
    expect(stored.map((s) => s.response_id).sort()).toEqual([...responseIds].sort());
  });
});

/** Commit records in a SQLite write-ahead log: frames of the log's current run whose header gives a database size. */
async function walCommits(walFile: string): Promise<number> {
  const wal = await readFile(walFile);
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    // Frames left over from an earlier run of the log carry other salts.
    if (
      wal.readUInt32BE(at + 8) !== wal.readUInt32BE(16) ||
      wal.readUInt32BE(at + 12) !== wal.readUInt32BE(20)
    )
      break;
    if (wal.readUInt32BE(at + 4) !== 0) commits++;
  }
  return commits;
}

describe("autosaves on SQLite", () => {
  let api: TestApi;
  const respondents: { token: string; caller: Caller }[] = [];

  beforeAll(async () => {
    api = await createTestApi((await testDatabaseFactories())[0] as TestDatabaseFactory);
    const { links } = await directorsCampaign(api, 6);
    for (const link of links) {
      const token = link.split("/s/")[1] as string;
      const caller = api.anonymous();
      // The first save binds the respondent's device; the saves below come from it.
      await caller.survey.save({
        token,
        answers: [{ itemId: "org-project-management", value: 1, at: "2026-01-01T00:00:00.000Z" }],
      });
      respondents.push({ token, caller });
    }
  });
  afterAll(() => api.close());

  it("commits the saves that arrive in one turn in one transaction, and what it acknowledged is on disk", async () => {
    expect(api.handle.dialect).toBe("sqlite");
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(api.handle.db);
    const walFile = `${api.handle.location}-wal`;
    expect(await walCommits(walFile)).toBe(0);

    const items = ["org-it-financing", "org-outsourcing", "users-open-data"];
    const saves = respondents.map(({ token, caller }, r) =>
      caller.survey.save({
        token,
        answers: items.map((itemId, i) => ({
          itemId,
          value: ((r + i) % 5) + 1,
          at: "2026-01-02T00:00:00.000Z",
        })),
      }),
    );
    const results = await Promise.all(saves);
    for (const result of results)
      expect(result.results.map((a) => a.status)).toEqual(["applied", "applied", "applied"]);
    expect(await walCommits(walFile)).toBe(1);

    // What a killed process leaves behind is the files as they are now: open a copy of them.
    const copy = await mkdtemp(join(tmpdir(), "maturo-killed-"));
    try {
      await copyFile(api.handle.location, join(copy, SQLITE_FILE_NAME));
      await copyFile(walFile, join(copy, `${SQLITE_FILE_NAME}-wal`));
      const after = openDatabase({ dataDir: copy });
      try {
        const stored = await after.db
          .selectFrom("answers")
          .innerJoin("responses", "responses.id", "answers.response_id")
          .innerJoin("invitations", "invitations.id", "responses.invitation_id")
          .select(["answers.item_id", "answers.point", "invitations.id as invitation"])
          .where("answers.item_id", "in", items)
          .orderBy("invitations.id")
          .execute();
        expect(stored).toHaveLength(respondents.length * items.length);
        for (const row of stored) expect(row.point).not.toBeNull();
      } finally {
        await after.close();
      }
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
