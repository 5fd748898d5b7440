import type { Insertable, Selectable, Updateable } from "kysely";
import type { AccountRequestsTable } from "./tables/account-requests.js";
import type { AnswersTable } from "./tables/answers.js";
import type { AuditLogTable } from "./tables/audit-log.js";
import type { BenchmarkSnapshotsTable } from "./tables/benchmark-snapshots.js";
import type { CampaignOrganisationsTable } from "./tables/campaign-organisations.js";
import type { CampaignsTable } from "./tables/campaigns.js";
import type { ClearedAnswersTable } from "./tables/cleared-answers.js";
import type { DisclosureSnapshotsTable } from "./tables/disclosure-snapshots.js";
import type { InstrumentVersionsTable } from "./tables/instrument-versions.js";
import type { InvitationsTable } from "./tables/invitations.js";
import type { MembershipsTable } from "./tables/memberships.js";
import type { OrganisationsTable } from "./tables/organisations.js";
import type { PasswordResetsTable } from "./tables/password-resets.js";
import type { RateLimitsTable } from "./tables/rate-limits.js";
import type { RespondentScoresTable } from "./tables/respondent-scores.js";
import type { ResponseSecretsTable } from "./tables/response-secrets.js";
import type { ResponsesTable } from "./tables/responses.js";
import type { SessionsTable } from "./tables/sessions.js";
import type { SettingsTable } from "./tables/settings.js";
import type { SubmissionGenerationsTable, SubmissionTalliesTable } from "./tables/submission-tallies.js";
import type { UsersTable } from "./tables/users.js";

/** The whole schema as kysely sees it: one entry per table, each defined in `tables/`. */
export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  account_requests: AccountRequestsTable;
  instrument_versions: InstrumentVersionsTable;
  campaigns: CampaignsTable;
  campaign_organisations: CampaignOrganisationsTable;
  invitations: InvitationsTable;
  responses: ResponsesTable;
  answers: AnswersTable;
  response_secrets: ResponseSecretsTable;
  cleared_answers: ClearedAnswersTable;
  respondent_scores: RespondentScoresTable;
  disclosure_snapshots: DisclosureSnapshotsTable;
  benchmark_snapshots: BenchmarkSnapshotsTable;
  submission_tallies: SubmissionTalliesTable;
  submission_generations: SubmissionGenerationsTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  password_resets: PasswordResetsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
}

/** A row of a table as a query returns it, e.g. `Row<"users">`. */
export type Row<T extends keyof Database> = Selectable<Database[T]>;
/** What an insert into a table takes (generated columns optional). */
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
/** What an update of a table takes (every column optional). */
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
