import type { Database } from "@maturo/db";
import { DEMO_ORGANISATION_CODE, generateDemo } from "@maturo/demo";
import { compileSnapshot, createSnapshot } from "@maturo/plugin-sdk";
import { type InsertObject, sql, type Transaction } from "kysely";
import { hashPassword } from "../auth/password.js";
import { hashToken, newPseudonym, newToken, sealToken } from "../auth/tokens.js";
import type { Services } from "../context.js";
import { AppError } from "../errors.js";
import { surveyLink } from "../invitations/create-invitations.js";
import { refreshSubmissionTallies } from "../shared/aggregates.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { storeRespondentScores } from "../shared/respondent-scores.js";

/** The fixed demo logins (listed in the README); they exist only in a demo data directory. */
export const DEMO_LOGINS = [
  { email: "admin@example.org", password: "maturo-demo-admin", role: "admin", name: "Demo-beheerder" },
  {
    email: "researcher@example.org",
    password: "maturo-demo-research",
    role: "researcher",
    name: "Demo-onderzoeker",
  },
  {
    email: "keyuser@example.org",
    password: "maturo-demo-keyuser",
    role: "keyuser",
    name: "Demo-sleutelgebruiker",
  },
] as const;

export interface DemoLoadResult {
  loaded: boolean;
  reason: string | null;
  organisations: number;
  submitted: number;
  logins: { email: string; password: string; role: string }[];
  /** A few personal links of the open campaign, for trying the questionnaire. */
  links: string[];
}

async function isEmpty(db: Transaction<Database>): Promise<boolean> {
  const row = await db.selectFrom("organisations").select("id").limit(1).executeTakeFirst();
  const user = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return !row && !user;
}

const BATCH = 400;
async function insertBatched<T extends keyof Database & string>(
  db: Transaction<Database>,
  table: T,
  rows: readonly InsertObject<Database, T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
}

/**
 * Loads the synthetic demo (@maturo/demo) into an empty database: 300 invented local governments, a
 * closed and an open wave answered from a latent model (@maturo/demo), fixed logins, and scores
 * stored exactly as a real submission stores them. Refused outside a demo-capable configuration.
 */
export async function loadDemo(
  services: Services,
  options: { force?: boolean; linkCount?: number } = {},
): Promise<DemoLoadResult> {
  if (!services.demoAllowed) throw new AppError("demo.refused");
  // One transaction: a demo is loaded whole or not at all. On PostgreSQL two instances starting at
  // once on an empty database take turns on an advisory lock; the second then finds the data.
  return services.db.transaction().execute(async (db) => {
    if (services.dialect === "postgres") await sql`select pg_advisory_xact_lock(${DEMO_LOCK})`.execute(db);
    return loadDemoIn(db, services, options);
  });
}

/** The key of the PostgreSQL advisory lock held while the demo loads (any fixed number no one else uses). */
const DEMO_LOCK = 7_366_001;

async function loadDemoIn(
  db: Transaction<Database>,
  services: Services,
  options: { force?: boolean; linkCount?: number },
): Promise<DemoLoadResult> {
  if (!options.force && !(await isEmpty(db))) {
    return {
      loaded: false,
      reason: "the database already holds data",
      organisations: 0,
      submitted: 0,
      logins: [],
      links: [],
    };
  }
  const now = services.now();
  const snapshot = createSnapshot(services.plugins.plugins.map((p) => p.instrument));
  const demo = generateDemo({ instrument: compileSnapshot(snapshot), now });
  const at = now.toISOString();

  const userIds = new Map<string, number>();
  for (const login of DEMO_LOGINS) {
    const row = await db
      .insertInto("users")
      .values({
        email: login.email,
        name: login.name,
        role: login.role,
        locale: "nl",
        password_hash: await hashPassword(login.password),
        created_at: at,
        disabled_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    userIds.set(login.role, row.id);
  }
  const researcherId = userIds.get("researcher") ?? null;

  const version = await db
    .insertInto("instrument_versions")
    .values({
      hash: snapshot.hash,
      title: "Maturo — digitale maturiteit (demo)",
      plugins: JSON.stringify(snapshot.plugins.map((p) => ({ id: p.id, version: p.version }))),
      snapshot: JSON.stringify(snapshot),
      published: 1,
      created_by: researcherId,
      created_at: at,
    })
    .onConflict((oc) => oc.column("hash").doNothing())
    .returning("id")
    .executeTakeFirst();
  const versionId =
    version?.id ??
    (
      await db
        .selectFrom("instrument_versions")
        .select("id")
        .where("hash", "=", snapshot.hash)
        .executeTakeFirstOrThrow()
    ).id;
  const compiled = (await loadInstrumentVersion(db, versionId)).compiled;

  const organisationIds = new Map<string, number>();
  await insertBatched(
    db,
    "organisations",
    demo.organisations.map((o) => ({
      code: o.code,
      name: o.name,
      kind: o.kind,
      province: o.province,
      size_class: o.sizeClass,
      created_at: at,
    })),
  );
  for (const row of await db.selectFrom("organisations").select(["id", "code"]).execute())
    organisationIds.set(row.code, row.id);
  const keyUser = userIds.get("keyuser");
  const demoOrg = organisationIds.get(DEMO_ORGANISATION_CODE);
  if (keyUser !== undefined && demoOrg !== undefined) {
    await db
      .insertInto("memberships")
      .values({ user_id: keyUser, organisation_id: demoOrg, created_at: at })
      .execute();
  }

  // Links of the demo organisation first, then of others, so the demo key user can follow them.
  const ownLinks: string[] = [];
  const otherLinks: string[] = [];
  let submitted = 0;
  for (const campaign of demo.campaigns) {
    const campaignId = (
      await db
        .insertInto("campaigns")
        .values({
          kind: "wave",
          name: campaign.name.nl,
          instrument_version_id: versionId,
          organisation_id: null,
          created_by: researcherId,
          status: campaign.status,
          opens_at: campaign.opensAt,
          closes_at: campaign.status === "open" ? null : campaign.closesAt,
          closed_at: campaign.status === "closed" ? campaign.closesAt : null,
          retention_days: null,
          // The earlier wave closed long ago: retention has deleted its e-mail addresses and links.
          purged_at: campaign.status === "closed" ? campaign.closesAt : null,
          created_at: campaign.opensAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await insertBatched(
      db,
      "campaign_organisations",
      [...organisationIds.values()].map((organisationId) => ({
        campaign_id: campaignId,
        organisation_id: organisationId,
      })),
    );

    const invitations = demo.invitations.filter((i) => i.campaignKey === campaign.key);
    for (const invitation of invitations) {
      const organisationId = organisationIds.get(invitation.organisationCode) as number;
      const token = newToken();
      const invitationId = (
        await db
          .insertInto("invitations")
          .values({
            campaign_id: campaignId,
            organisation_id: organisationId,
            role: invitation.role,
            token_hash: campaign.status === "open" ? hashToken(services.secret, token) : null,
            token_sealed: campaign.status === "open" ? sealToken(services.secret, token) : null,
            email: campaign.status === "open" ? invitation.email : null,
            status: invitation.status,
            last_sent_at: invitation.invitedAt,
            created_at: invitation.invitedAt,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
      if (campaign.status === "open" && invitation.status === "invited") {
        (invitation.organisationCode === DEMO_ORGANISATION_CODE ? ownLinks : otherLinks).push(
          surveyLink(services.publicUrl, token),
        );
      }
      if (invitation.status === "invited") continue;
      const responseAt = invitation.submittedAt ?? invitation.startedAt ?? invitation.invitedAt;
      const responseId = (
        await db
          .insertInto("responses")
          .values({
            invitation_id: invitationId,
            campaign_id: campaignId,
            organisation_id: organisationId,
            role: invitation.role,
            pseudonym: newPseudonym(),
            locale: invitation.locale,
            status: invitation.status === "submitted" ? "submitted" : "in_progress",
            started_at: invitation.startedAt ?? responseAt,
            updated_at: responseAt,
            submitted_at: invitation.submittedAt ?? null,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
      const answers = invitation.answers ?? {};
      await insertBatched(
        db,
        "answers",
        Object.entries(answers).map(([itemId, value]) => ({
          response_id: responseId,
          item_id: itemId,
          point: value === "dk" ? null : value,
          dont_know: value === "dk" ? 1 : 0,
          client_at: responseAt,
          saved_at: responseAt,
        })),
      );
      if (invitation.status === "submitted") {
        await storeRespondentScores(db, compiled, {
          responseId,
          campaignId,
          organisationId,
          role: invitation.role,
          answers,
        });
        if (campaign.status === "open") submitted += 1;
      }
    }
    await refreshSubmissionTallies(db, campaignId);
  }
  return {
    loaded: true,
    reason: null,
    organisations: organisationIds.size,
    submitted,
    logins: DEMO_LOGINS.map(({ email, password, role }) => ({ email, password, role })),
    links: [...ownLinks, ...otherLinks].slice(0, options.linkCount ?? 5),
  };
}
