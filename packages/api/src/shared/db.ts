import type { Database } from "@maturo/db";
import type { Kysely, Transaction } from "kysely";

/** What a query runs on: the database, or a transaction that is already open on it. */
export type Db = Kysely<Database> | Transaction<Database>;
