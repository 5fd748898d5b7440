import type { NormalizedItem } from "@maturo/model";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { itemsForRole } from "../shared/questionnaire.js";
import { createTestApi, type TestApi } from "../test-fixtures/harness.js";
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
