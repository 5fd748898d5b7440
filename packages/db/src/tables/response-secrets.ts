/**
 * A secret that proves a respondent: a device key (one row per device that may show and change the
 * answers) or the response's resume code (at most one). Only a keyed hash is stored.
 */
export interface ResponseSecretsTable {
  response_id: number;
  kind: "device" | "resume-code";
  hash: string;
  created_at: string;
}
