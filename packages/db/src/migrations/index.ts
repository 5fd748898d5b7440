import type { Migration } from "kysely";
import * as m0001 from "./0001-organisations.js";
import * as m0002 from "./0002-core.js";
import * as m0003 from "./0003-respondent-proof.js";
import * as m0004 from "./0004-disclosure-snapshots.js";
import * as m0005 from "./0005-identified-exports.js";
import * as m0006 from "./0006-invitation-register.js";
import * as m0007 from "./0007-result-aggregates.js";

/** Every migration, in order. Names sort; entries are only ever appended. */
export const migrations: Record<string, Migration> = {
  "0001-organisations": m0001,
  "0002-core": m0002,
  "0003-respondent-proof": m0003,
  "0004-disclosure-snapshots": m0004,
  "0005-identified-exports": m0005,
  "0006-invitation-register": m0006,
  "0007-result-aggregates": m0007,
};
