import type { Generated } from "kysely";

/** An immutable, content-hashed snapshot of a set of plugin versions. */
export interface InstrumentVersionsTable {
  id: Generated<number>;
  /** Content hash of the snapshot; campaigns pin it. */
  hash: string;
  title: string;
  /** JSON array of `{ id, version }` of the plugins frozen into it. */
  plugins: string;
  /** JSON of the plugin snapshot (instruments as validated); never changes. */
  snapshot: string;
  /** 1 when key users may start a campaign from it. */
  published: Generated<number>;
  created_by: number | null;
  created_at: string;
}
