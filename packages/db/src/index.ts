export { backupDatabase } from "./backup.js";
export {
  type DatabaseConfig,
  type DatabaseHandle,
  type DialectName,
  openDatabase,
  SQLITE_FILE_NAME,
} from "./connect.js";
export type { Database } from "./database.js";
export { type MigrationReport, migrateToLatest } from "./migrate.js";
export type {
  AccountRequest,
  AccountRequestsTable,
  AccountRequestUpdate,
  NewAccountRequest,
} from "./tables/account-requests.js";
export type { Answer, AnswersTable, AnswerUpdate, NewAnswer } from "./tables/answers.js";
export type { AuditEntry, AuditEntryUpdate, AuditLogTable, NewAuditEntry } from "./tables/audit-log.js";
export type {
  BenchmarkSnapshot,
  BenchmarkSnapshotsTable,
  BenchmarkSnapshotUpdate,
  NewBenchmarkSnapshot,
} from "./tables/benchmark-snapshots.js";
export type {
  CampaignOrganisation,
  CampaignOrganisationsTable,
  CampaignOrganisationUpdate,
  NewCampaignOrganisation,
} from "./tables/campaign-organisations.js";
export type { Campaign, CampaignsTable, CampaignUpdate, NewCampaign } from "./tables/campaigns.js";
export type {
  ClearedAnswer,
  ClearedAnswersTable,
  ClearedAnswerUpdate,
  NewClearedAnswer,
} from "./tables/cleared-answers.js";
export type {
  DisclosureSnapshot,
  DisclosureSnapshotsTable,
  DisclosureSnapshotUpdate,
  NewDisclosureSnapshot,
} from "./tables/disclosure-snapshots.js";
export type {
  InstrumentVersion,
  InstrumentVersionsTable,
  InstrumentVersionUpdate,
  NewInstrumentVersion,
} from "./tables/instrument-versions.js";
export type { Invitation, InvitationsTable, InvitationUpdate, NewInvitation } from "./tables/invitations.js";
export type { Membership, MembershipsTable, MembershipUpdate, NewMembership } from "./tables/memberships.js";
export type {
  NewOrganisation,
  Organisation,
  OrganisationsTable,
  OrganisationUpdate,
} from "./tables/organisations.js";
export type {
  NewPasswordReset,
  PasswordReset,
  PasswordResetsTable,
  PasswordResetUpdate,
} from "./tables/password-resets.js";
export type { NewRateLimit, RateLimit, RateLimitsTable, RateLimitUpdate } from "./tables/rate-limits.js";
export type {
  NewRespondentScore,
  RespondentScore,
  RespondentScoresTable,
  RespondentScoreUpdate,
} from "./tables/respondent-scores.js";
export type {
  NewResponseSecret,
  ResponseSecret,
  ResponseSecretsTable,
  ResponseSecretUpdate,
} from "./tables/response-secrets.js";
export type { NewResponseRow, ResponseRow, ResponseRowUpdate, ResponsesTable } from "./tables/responses.js";
export type { NewSession, Session, SessionsTable, SessionUpdate } from "./tables/sessions.js";
export type { NewSetting, Setting, SettingsTable, SettingUpdate } from "./tables/settings.js";
export type { NewUser, User, UsersTable, UserUpdate } from "./tables/users.js";
