import type { Database, DialectName } from "@maturo/db";
import type { Kysely } from "kysely";

/** What every procedure may use. Built without HTTP so tests can call procedures directly. */
export interface ContextInner {
  db: Kysely<Database>;
  dialect: DialectName;
  version: string;
}

export type Context = ContextInner;

export function createContextInner(inner: ContextInner): Context {
  return inner;
}
