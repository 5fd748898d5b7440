import type { Generated } from "kysely";

/** A person who logs in: admin, researcher or key user of one or more organisations. */
export interface UsersTable {
  id: Generated<number>;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  /** scrypt hash (`scrypt$N$r$p$salt$hash`); null until the user sets a password. */
  password_hash: string | null;
  /** admin, researcher or keyuser */
  role: "admin" | "researcher" | "keyuser";
  locale: "nl" | "en";
  created_at: string;
  disabled_at: string | null;
  /**
   * When the admin allowed this user identified research exports (organisation names and codes);
   * null: pseudonymised exports only.
   */
  identified_exports_at: string | null;
}
