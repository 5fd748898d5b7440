import type { DatabaseHandle } from "./connect.js";

/**
 * An online backup of the embedded SQLite database to `file` (consistent while the server keeps
 * writing). PostgreSQL deployments back up with pg_dump instead.
 */
export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<{ pages: number }> {
  if (!handle.sqlite)
    throw new Error(
      "backups of PostgreSQL are made with pg_dump; `maturo db backup` copies the embedded SQLite file",
    );
  const result = await handle.sqlite.backup(file);
  return { pages: result.totalPages };
}
