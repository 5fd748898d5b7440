import { testDatabaseFactories } from "@maturo/vitest-config";
import { type Kysely, Migrator, PostgresAdapter, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../connect.js";
import type { Database } from "../database.js";
import { migrateToLatest } from "../migrate.js";
import { migrations } from "./index.js";

/** Migrates to `name` (inclusive), recording the migrations where migrateToLatest does. */
async function migrateTo(db: Kysely<Database>, name: string): Promise<void> {
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const result = await migrator.migrateTo(name);
  if (result.error) throw result.error;
}

describe.each(await testDatabaseFactories())("0007-result-aggregates on $dialect", (factory) => {
  let dispose: () => Promise<void>;
  let config: { dataDir?: string; databaseUrl?: string };

  beforeAll(async () => {
    const target = await factory.create();
    dispose = target.dispose;
    config = target.config;
  });
  afterAll(() => dispose());

  it("backfills the submission tallies from the submitted responses already stored", async () => {
    const handle = openDatabase(config);
    try {
      const db = handle.db;
      await migrateTo(db, "0005-identified-exports");
      const at = "2026-01-01T00:00:00.000Z";
      const org = async (code: string) =>
        (
          await db
            .insertInto("organisations")
            .values({
              code,
              name: code,
              kind: "municipality",
              province: null,
              size_class: null,
              created_at: at,
            })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
      const a = await org("A");
      const b = await org("B");
      const c = await org("C");
      const version = await db
        .insertInto("instrument_versions")
        .values({ hash: "h", title: "t", plugins: "[]", snapshot: "{}", created_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      const campaign = await db
        .insertInto("campaigns")
        .values({
          kind: "wave",
          name: "Golf",
          instrument_version_id: version.id,
          status: "open",
          opens_at: at,
          created_at: at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const ids: Record<string, number[]> = {};
      let n = 0;
      for (const [organisation, status] of [
        [a, "submitted"],
        [a, "in_progress"],
        [a, "submitted"],
        [b, "submitted"],
        [c, "in_progress"],
      ] as const) {
        n += 1;
        const invitation = await db
          .insertInto("invitations")
          .values({
            campaign_id: campaign.id,
            organisation_id: organisation,
            role: "staff",
            status: status === "submitted" ? "submitted" : "started",
            created_at: at,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        const response = await db
          .insertInto("responses")
          .values({
            invitation_id: invitation.id,
            campaign_id: campaign.id,
            organisation_id: organisation,
            role: "staff",
            pseudonym: `p${n}`,
            locale: "nl",
            status,
            started_at: at,
            updated_at: at,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        if (status === "submitted")
          ids[String(organisation)] = [...(ids[String(organisation)] ?? []), response.id];
      }
      await migrateToLatest(db);
      const rows = await db
        .selectFrom("submission_tallies")
        .selectAll()
        .where("campaign_id", "=", campaign.id)
        .orderBy("organisation_id")
        .execute();
      expect(
        rows.map((r) => [r.organisation_id, r.submitted, Number(r.id_sum), r.min_id, r.max_id].map(Number)),
      ).toEqual(
        [a, b].map((o) => {
          const own = ids[String(o)] ?? [];
          return [o, own.length, own.reduce((s, id) => s + id, 0), Math.min(...own), Math.max(...own)];
        }),
      );
    } finally {
      await handle.close();
    }
  });
});
