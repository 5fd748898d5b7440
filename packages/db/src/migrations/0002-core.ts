import type { Kysely } from "kysely";
import { ownedBy, required, requiredUnique } from "./columns.js";
import { idColumn } from "./dialect.js";

// Accounts, instruments, campaigns, invitations, responses, answers, stored scores, sessions, audit.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("email", "text", requiredUnique)
    .addColumn("name", "text", required)
    .addColumn("password_hash", "text")
    .addColumn("role", "text", required)
    .addColumn("locale", "text", (col) => col.notNull().defaultTo("nl"))
    .addColumn("created_at", "text", required)
    .addColumn("disabled_at", "text")
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("user_id", "integer", ownedBy("users"))
    .addColumn("organisation_id", "integer", ownedBy("organisations"))
    .addColumn("created_at", "text", required)
    .addPrimaryKeyConstraint("memberships_pk", ["user_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("account_requests")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("organisation_code", "text", required)
    .addColumn("organisation_name", "text", required)
    .addColumn("email", "text", required)
    .addColumn("name", "text", required)
    .addColumn("message", "text")
    .addColumn("status", "text", required)
    .addColumn("created_at", "text", required)
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "integer", (col) => col.references("users.id").onDelete("set null"))
    .execute();

  await db.schema
    .createTable("instrument_versions")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("hash", "text", requiredUnique)
    .addColumn("title", "text", required)
    .addColumn("plugins", "text", required)
    .addColumn("snapshot", "text", required)
    .addColumn("published", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("created_by", "integer", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", required)
    .execute();

  await db.schema
    .createTable("campaigns")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("kind", "text", required)
    .addColumn("name", "text", required)
    .addColumn("instrument_version_id", "integer", (col) =>
      col.notNull().references("instrument_versions.id"),
    )
    .addColumn("organisation_id", "integer", (col) => col.references("organisations.id").onDelete("cascade"))
    .addColumn("created_by", "integer", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("status", "text", required)
    .addColumn("opens_at", "text", required)
    .addColumn("closes_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("retention_days", "integer")
    .addColumn("purged_at", "text")
    .addColumn("created_at", "text", required)
    .execute();

  await db.schema
    .createTable("campaign_organisations")
    .addColumn("campaign_id", "integer", ownedBy("campaigns"))
    .addColumn("organisation_id", "integer", ownedBy("organisations"))
    .addPrimaryKeyConstraint("campaign_organisations_pk", ["campaign_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("campaign_id", "integer", ownedBy("campaigns"))
    .addColumn("organisation_id", "integer", ownedBy("organisations"))
    .addColumn("role", "text", required)
    .addColumn("token_hash", "text", (col) => col.unique())
    .addColumn("token_sealed", "text")
    .addColumn("email", "text")
    .addColumn("status", "text", required)
    .addColumn("reminders_sent", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("last_sent_at", "text")
    .addColumn("created_at", "text", required)
    .execute();
  await db.schema
    .createIndex("invitations_campaign_idx")
    .on("invitations")
    .columns(["campaign_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("responses")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("invitation_id", "integer", (col) =>
      col.notNull().unique().references("invitations.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "integer", ownedBy("campaigns"))
    .addColumn("organisation_id", "integer", ownedBy("organisations"))
    .addColumn("role", "text", required)
    .addColumn("pseudonym", "text", requiredUnique)
    .addColumn("locale", "text", required)
    .addColumn("status", "text", required)
    .addColumn("started_at", "text", required)
    .addColumn("updated_at", "text", required)
    .addColumn("submitted_at", "text")
    .execute();
  await db.schema
    .createIndex("responses_campaign_idx")
    .on("responses")
    .columns(["campaign_id", "organisation_id", "status"])
    .execute();

  await db.schema
    .createTable("answers")
    .addColumn("response_id", "integer", ownedBy("responses"))
    .addColumn("item_id", "text", required)
    .addColumn("point", "integer")
    .addColumn("dont_know", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("client_at", "text", required)
    .addColumn("saved_at", "text", required)
    .addPrimaryKeyConstraint("answers_pk", ["response_id", "item_id"])
    .execute();

  await db.schema
    .createTable("respondent_scores")
    .addColumn("response_id", "integer", ownedBy("responses"))
    .addColumn("node_id", "text", required)
    .addColumn("campaign_id", "integer", ownedBy("campaigns"))
    .addColumn("organisation_id", "integer", ownedBy("organisations"))
    .addColumn("role", "text", required)
    .addColumn("score", "double precision")
    .addPrimaryKeyConstraint("respondent_scores_pk", ["response_id", "node_id"])
    .execute();
  await db.schema
    .createIndex("respondent_scores_campaign_idx")
    .on("respondent_scores")
    .columns(["campaign_id", "node_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (col) => col.primaryKey())
    .addColumn("user_id", "integer", ownedBy("users"))
    .addColumn("csrf_token", "text", required)
    .addColumn("created_at", "text", required)
    .addColumn("expires_at", "text", required)
    .execute();

  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("window_start", "text", required)
    .addColumn("count", "integer", required)
    .execute();

  await db.schema
    .createTable("password_resets")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("user_id", "integer", ownedBy("users"))
    .addColumn("expires_at", "text", required)
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("at", "text", required)
    .addColumn("user_id", "integer", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("action", "text", required)
    .addColumn("campaign_id", "integer")
    .addColumn("organisation_id", "integer")
    .addColumn("detail", "text")
    .execute();

  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("value", "text", required)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "settings",
    "audit_log",
    "password_resets",
    "rate_limits",
    "sessions",
    "respondent_scores",
    "answers",
    "responses",
    "invitations",
    "campaign_organisations",
    "campaigns",
    "instrument_versions",
    "account_requests",
    "memberships",
    "users",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
