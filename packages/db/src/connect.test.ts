import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./connect.js";
import { migrateToLatest } from "./migrate.js";

const factories = await testDatabaseFactories();

describe.each(factories)("$dialect", (factory) => {
  let dispose: () => Promise<void>;
  let config: { dataDir?: string; databaseUrl?: string };

  beforeAll(async () => {
    const target = await factory.create();
    dispose = target.dispose;
    config = target.config;
  });
  afterAll(() => dispose());

  it("migrates an empty database, and a second run applies nothing", async () => {
    const handle = openDatabase(config);
    try {
      expect(handle.dialect).toBe(factory.dialect);
      const first = await migrateToLatest(handle.db);
      expect(first.applied.length).toBe(first.total);
      const second = await migrateToLatest(handle.db);
      expect(second.applied).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it("keeps rows across connections and enforces unique organisation codes", async () => {
    const writer = openDatabase(config);
    await migrateToLatest(writer.db);
    const now = new Date().toISOString();
    const inserted = await writer.db
      .insertInto("organisations")
      .values({
        code: "44021",
        name: "Gent",
        kind: "municipality",
        province: "Oost-Vlaanderen",
        size_class: ">50k",
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(inserted.id).toBeGreaterThan(0);
    await expect(
      writer.db
        .insertInto("organisations")
        .values({ code: "44021", name: "Dup", kind: "municipality", created_at: now })
        .execute(),
    ).rejects.toThrow();
    await writer.close();

    const reader = openDatabase(config);
    const rows = await reader.db.selectFrom("organisations").select(["code", "name"]).execute();
    expect(rows).toEqual([{ code: "44021", name: "Gent" }]);
    await reader.close();
  });
});

describe("sqlite settings", () => {
  it("runs in WAL mode with foreign keys on", async () => {
    const [sqliteFactory] = factories;
    if (!sqliteFactory) throw new Error("the SQLite factory is always present");
    const target = await sqliteFactory.create();
    const handle = openDatabase(target.config);
    expect(handle.sqlite?.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(handle.sqlite?.pragma("foreign_keys", { simple: true })).toBe(1);
    await handle.close();
    await target.dispose();
  });

  it("refuses a database URL that is not PostgreSQL, without echoing the password", () => {
    expect(() => openDatabase({ databaseUrl: "mysql://u:secret@host/db" })).toThrow(/postgres:\/\//);
    expect(() => openDatabase({ databaseUrl: "mysql://u:secret@host/db" })).not.toThrow(/secret/);
  });
});

describe("backupDatabase", () => {
  it("copies the live SQLite database into a file that opens with every row", async () => {
    const { backupDatabase } = await import("./backup.js");
    const [sqliteFactory] = factories;
    if (!sqliteFactory) throw new Error("the SQLite factory is always present");
    const source = await sqliteFactory.create();
    const copy = await sqliteFactory.create();
    const handle = openDatabase(source.config);
    await migrateToLatest(handle.db);
    await handle.db
      .insertInto("organisations")
      .values({ code: "X1", name: "Backup", kind: "municipality", created_at: "2026-01-01T00:00:00.000Z" })
      .execute();
    const file = `${copy.config.dataDir}/maturo.sqlite`;
    expect((await backupDatabase(handle, file)).pages).toBeGreaterThan(0);
    await handle.close();
    const restored = openDatabase(copy.config);
    expect(await restored.db.selectFrom("organisations").select("name").execute()).toEqual([
      { name: "Backup" },
    ]);
    await restored.close();
    await source.dispose();
    await copy.dispose();
  });
});
