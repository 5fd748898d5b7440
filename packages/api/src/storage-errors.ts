import { AppError } from "./errors.js";

/** better-sqlite3 result codes (extended ones too, e.g. SQLITE_IOERR_WRITE) where storage failed, not the request. */
const SQLITE_STORAGE = /^SQLITE_(FULL|IOERR|READONLY|BUSY|CANTOPEN|NOMEM)(_|$)/;
/**
 * PostgreSQL SQLSTATEs where storage failed: connection exception (08…), insufficient resources
 * (53…: disk full, out of memory, too many connections), shutdown (57P01–57P03), I/O error (58030),
 * read-only transaction on a standby (25006).
 */
const POSTGRES_STORAGE = /^(08|53)[0-9A-Z]{3}$|^57P0[1-3]$|^58030$|^25006$/;
const NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);
/**
 * SQLite rolls a transaction back by itself on SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY and
 * SQLITE_NOMEM; kysely's ROLLBACK after the failed statement then fails with this message, which
 * replaces the original error (see docs/decisions.md, "Server: storage errors answer 503").
 */
const SQLITE_ROLLED_BACK_ITSELF = "cannot rollback - no transaction is active";
const POSTGRES_CONNECTION_LOST =
  /^Connection terminated|timeout exceeded when trying to connect|connection error/i;

function isStorageFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === "string" &&
    (SQLITE_STORAGE.test(code) || POSTGRES_STORAGE.test(code) || NETWORK.has(code))
  )
    return true;
  return error.message === SQLITE_ROLLED_BACK_ITSELF || POSTGRES_CONNECTION_LOST.test(error.message);
}

/**
 * The error a caller gets when the database cannot store or reach its data (full disk, read-only
 * file, I/O error, lock held too long, lost connection): 503 with a plain message, so nothing looks
 * stored that is not, and a client knows to try again. Null for any other error.
 */
export function storageUnavailable(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (isStorageFailure(current)) {
      const unavailable = new AppError("storage.unavailable");
      unavailable.cause = current;
      return unavailable;
    }
    current = current.cause;
  }
  return null;
}
