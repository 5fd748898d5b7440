import type { Context } from "../../context.js";
import { AppError, notFound } from "../../errors.js";
import { organisationById } from "../../shared/organisations.js";
import { addMembership, membershipsOf, removeMembership, userRole } from "./queries.js";

/**
 * A key user may serve several organisations (an intermunicipal partnership, a city and its OCMW).
 * `changed` is false when the membership existed already.
 */
export async function joinOrganisation(
  ctx: Pick<Context, "db" | "now">,
  userId: number,
  organisationId: number,
): Promise<{ ok: true; changed: boolean }> {
  const role = await userRole(ctx.db, userId);
  if (role === undefined) throw notFound("user");
  if (role !== "keyuser") throw new AppError("membership.key-users-only");
  if (!(await organisationById(ctx.db, organisationId))) throw new AppError("organisation.unknown");
  if ((await membershipsOf(ctx.db, userId)).includes(organisationId)) return { ok: true, changed: false };
  await addMembership(ctx.db, userId, organisationId, ctx.now().toISOString());
  return { ok: true, changed: true };
}

/** Ends a membership; a key user keeps at least one organisation (disable the account instead). */
export async function leaveOrganisation(
  ctx: Pick<Context, "db">,
  userId: number,
  organisationId: number,
): Promise<{ ok: true }> {
  const memberships = await membershipsOf(ctx.db, userId);
  if (!memberships.includes(organisationId)) throw notFound("membership");
  if (memberships.length === 1) throw new AppError("membership.last-organisation");
  await removeMembership(ctx.db, userId, organisationId);
  return { ok: true };
}
