import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { databaseOptions, openServices } from "./database-options.js";

export const dbMigrate = defineCommand({
  name: "db migrate",
  summary: "create or update the database schema (SQLite under DATA_DIR, or DATABASE_URL)",
  usage: `maturo db migrate [--data-dir DIR] [--database-url URL] [--format text|json]

Applies every pending migration. The server does the same at start; run it by hand before a
deployment or after restoring a backup. Safe to run again: nothing is applied twice.`,
  options: { ...databaseOptions, format: { type: "string" } },
  async run({ values, io }) {
    const format = parseFormat(values.format, ["text", "json"]);
    const { database, applied } = await openServices(values, io);
    await database.close();
    if (format === "json")
      printJson(io, { database: database.dialect, location: database.location, applied });
    else
      io.stdout(
        applied.length
          ? `applied ${applied.join(", ")} to ${database.location}\n`
          : `${database.location} is up to date\n`,
      );
    return 0;
  },
});
