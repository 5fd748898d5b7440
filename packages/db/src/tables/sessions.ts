/** A logged-in browser. Stored in the database so any server instance can serve it. */
export interface SessionsTable {
  /** SHA-256 of the session cookie value; the value itself is never stored. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}
