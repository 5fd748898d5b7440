import type { Insertable, Selectable, Updateable } from "kysely";

/** A one-time password-reset token (hashed). */
export interface PasswordResetsTable {
  token_hash: string;
  user_id: number;
  expires_at: string;
}

export type PasswordReset = Selectable<PasswordResetsTable>;
export type NewPasswordReset = Insertable<PasswordResetsTable>;
export type PasswordResetUpdate = Updateable<PasswordResetsTable>;
