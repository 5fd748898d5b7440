import type { SessionUser } from "../../auth/sessions.js";
import type { Context } from "../../context.js";
import { AppError, notFound } from "../../errors.js";
import { ensureOrganisation } from "../organisations/manage-organisations.js";
import { createAccount } from "../users/manage-users.js";
import { userIdByEmail } from "../users/queries.js";
import { accountRequest, decide } from "./queries.js";

export type Decision =
  | { requestId: number; decision: "reject" }
  | {
      requestId: number;
      decision: "approve";
      password: string;
      province: string | null;
      sizeClass: string | null;
    };

export interface DecisionResult {
  ok: true;
  userId: number | null;
  organisationId: number | null;
  email: string | null;
}

/**
 * Approving creates the organisation (when new) and its key user with the password the admin hands
 * over, in one transaction; rejecting only records the decision. The approved account's e-mail
 * address and organisation are returned for the audit log (null on rejection).
 */
export async function decideAccountRequest(
  ctx: Pick<Context, "db" | "now"> & { user: SessionUser },
  input: Decision,
): Promise<DecisionResult> {
  const now = ctx.now();
  const request = await accountRequest(ctx.db, input.requestId);
  if (!request) throw notFound("account request");
  if (request.status !== "pending") throw new AppError("account-request.decided");
  const decision = { at: now.toISOString(), by: ctx.user.id };
  if (input.decision === "reject") {
    await decide(ctx.db, input.requestId, { status: "rejected", ...decision });
    return { ok: true, userId: null, organisationId: null, email: null };
  }
  if ((await userIdByEmail(ctx.db, request.email)) !== undefined)
    throw new AppError("account-request.email-taken", { email: request.email });
  return ctx.db.transaction().execute(async (trx) => {
    const organisationId = await ensureOrganisation(
      trx,
      {
        code: request.organisation_code,
        name: request.organisation_name,
        kind: "municipality",
        province: input.province,
        sizeClass: input.sizeClass,
      },
      now,
    );
    const userId = await createAccount(
      trx,
      {
        email: request.email,
        name: request.name,
        role: "keyuser",
        locale: "nl",
        password: input.password,
        organisationId,
      },
      now,
    );
    await decide(trx, input.requestId, { status: "approved", ...decision });
    return { ok: true as const, userId, organisationId, email: request.email };
  });
}
