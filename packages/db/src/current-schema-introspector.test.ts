import { createIsolatedSchema, type IsolatedSchema, probePostgres } from "@maturo/vitest-config";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "./connect.js";
import { migrateToLatest } from "./migrate.js";

const pgUrl = await probePostgres();

describe.skipIf(!pgUrl)("introspection on PostgreSQL reads the connection's own schema", () => {
  let own: IsolatedSchema;
  let other: IsolatedSchema;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    own = await createIsolatedSchema(pgUrl as string);
    other = await createIsolatedSchema(pgUrl as string);
    handle = openDatabase({ databaseUrl: own.url });
    await migrateToLatest(handle.db);
    const client = new pg.Client({ connectionString: pgUrl as string });
    await client.connect();
    try {
      await client.query(`create table "${other.schema}".elsewhere (id serial primary key, note text)`);
    } finally {
      await client.end();
    }
  });
  afterAll(async () => {
    await handle.close();
    await own.drop();
    await other.drop();
  });

  it("lists its own tables and columns, and no other schema's", async () => {
    const tables = await handle.db.introspection.getTables();
    expect(new Set(tables.map((table) => table.schema))).toEqual(new Set([own.schema]));
    expect(tables.map((table) => table.name)).not.toContain("elsewhere");
    expect(tables.map((table) => table.name)).not.toContain("kysely_migration");
    const organisations = tables.find((table) => table.name === "organisations");
    expect(organisations?.isView).toBe(false);
    expect(organisations?.columns.find((column) => column.name === "id")).toMatchObject({
      isAutoIncrementing: true,
      isNullable: false,
    });
    expect(organisations?.columns.find((column) => column.name === "province")).toMatchObject({
      dataType: "text",
      isNullable: true,
      isAutoIncrementing: false,
    });
    const withKysely = await handle.db.introspection.getTables({ withInternalKyselyTables: true });
    expect(withKysely.map((table) => table.name)).toContain("kysely_migration");
  });

  it("starts (migrates) while other schemas of the database are created and dropped", async () => {
    // Kysely's own introspector looked every schema up again by name, and failed with `schema "…"
    // does not exist` when one was dropped meanwhile — a few percent of its reads under this churn,
    // and a migration reads the tables three times. Here every migration must succeed.
    const churn = new pg.Client({ connectionString: pgUrl as string });
    await churn.connect();
    let stop = false;
    let dropped = 0;
    const churning = (async () => {
      for (let i = 0; !stop; i++) {
        const name = `${other.schema}_churn_${i}`;
        await churn.query(
          `create schema "${name}"; create table "${name}".t (id serial primary key, v text)`,
        );
        await churn.query(`drop schema "${name}" cascade`);
        dropped++;
      }
    })();
    try {
      for (let run = 0; run < 100; run++) expect((await migrateToLatest(handle.db)).applied).toEqual([]);
    } finally {
      stop = true;
      await churning;
      await churn.end();
    }
    expect(dropped).toBeGreaterThan(0);
  });
});
