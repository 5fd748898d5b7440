import { resolve } from "node:path";
import { backupDatabase, openDatabase } from "@maturo/db";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { databaseConfig, databaseOptions } from "./database-options.js";

export const dbBackup = defineCommand({
  name: "db backup",
  summary: "online backup of the embedded SQLite database to FILE",
  usage: `maturo db backup FILE [--data-dir DIR]

Copies the SQLite database consistently while the server keeps running (SQLite's online backup).
For PostgreSQL use pg_dump.`,
  options: databaseOptions,
  async run({ values, positionals, io }) {
    const [file] = positionals;
    if (!file) throw new CliError("usage", "maturo db backup FILE: the backup file is missing");
    const handle = openDatabase(databaseConfig(values, io));
    try {
      const target = resolve(io.cwd, file);
      const { pages } = await backupDatabase(handle, target);
      io.stdout(`backed up ${handle.location} to ${target} (${pages} pages)\n`);
      return 0;
    } catch (error) {
      throw new CliError("backup", error instanceof Error ? error.message : String(error));
    } finally {
      await handle.close();
    }
  },
});
