/** A one-time password-reset token (hashed). */
export interface PasswordResetsTable {
  token_hash: string;
  user_id: number;
  expires_at: string;
}
