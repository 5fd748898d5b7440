export { backupDatabase } from "./backup.js";
export {
  type DatabaseConfig,
  type DatabaseHandle,
  type DialectName,
  openDatabase,
  SQLITE_FILE_NAME,
  type SqliteConnection,
  type SqliteStatement,
  sqliteConnectionOf,
} from "./connect.js";
export type { Database, NewRow, Row, RowUpdate } from "./database.js";
export { type MigrationReport, migrateToLatest } from "./migrate.js";
export type { AccountRequestsTable } from "./tables/account-requests.js";
export type { AnswersTable } from "./tables/answers.js";
export type { AuditLogTable } from "./tables/audit-log.js";
export type { BenchmarkSnapshotsTable } from "./tables/benchmark-snapshots.js";
export type { CampaignOrganisationsTable } from "./tables/campaign-organisations.js";
export type { CampaignsTable } from "./tables/campaigns.js";
export type { ClearedAnswersTable } from "./tables/cleared-answers.js";
export type { DisclosureSnapshotsTable } from "./tables/disclosure-snapshots.js";
export type { InstrumentVersionsTable } from "./tables/instrument-versions.js";
export type { InvitationsTable } from "./tables/invitations.js";
export type { MembershipsTable } from "./tables/memberships.js";
export type { OrganisationsTable } from "./tables/organisations.js";
export type { PasswordResetsTable } from "./tables/password-resets.js";
export type { RateLimitsTable } from "./tables/rate-limits.js";
export type { RespondentScoresTable } from "./tables/respondent-scores.js";
export type { ResponseSecretsTable } from "./tables/response-secrets.js";
export type { ResponsesTable } from "./tables/responses.js";
export type { SessionsTable } from "./tables/sessions.js";
export type { SettingsTable } from "./tables/settings.js";
export type { SubmissionGenerationsTable, SubmissionTalliesTable } from "./tables/submission-tallies.js";
export type { UsersTable } from "./tables/users.js";
