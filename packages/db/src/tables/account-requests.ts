import type { Generated } from "kysely";

/** An organisation asking for a key-user account; an admin approves or rejects it. */
export interface AccountRequestsTable {
  id: Generated<number>;
  organisation_code: string;
  organisation_name: string;
  email: string;
  name: string;
  message: string | null;
  status: "pending" | "approved" | "rejected";
  created_at: string;
  decided_at: string | null;
  decided_by: number | null;
}
