/** Makes a key user a key user of an organisation. */
export interface MembershipsTable {
  user_id: number;
  organisation_id: number;
  created_at: string;
}
