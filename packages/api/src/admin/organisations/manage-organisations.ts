import type { Context } from "../../context.js";
import { AppError, notFound } from "../../errors.js";
import type { Db } from "../../shared/db.js";
import {
  insertOrganisation,
  type OrganisationChanges,
  type OrganisationFields,
  organisationById,
  organisationIdByCode,
  updateOrganisation,
} from "../../shared/organisations.js";

/** The organisation with this code: the existing one, or a new one with these fields. */
export async function ensureOrganisation(db: Db, fields: OrganisationFields, now: Date): Promise<number> {
  return (await organisationIdByCode(db, fields.code)) ?? insertOrganisation(db, fields, now.toISOString());
}

export async function createOrganisation(
  ctx: Pick<Context, "db" | "now">,
  fields: OrganisationFields,
): Promise<{ id: number }> {
  if ((await organisationIdByCode(ctx.db, fields.code)) !== undefined)
    throw new AppError("organisation.code-taken", { code: fields.code });
  return { id: await insertOrganisation(ctx.db, fields, ctx.now().toISOString()) };
}

/**
 * Name, kind, province and size class can change (a merger, a new size class); the code cannot:
 * population imports and exports identify an organisation by it across waves.
 */
export async function changeOrganisation(
  ctx: Pick<Context, "db">,
  organisationId: number,
  changes: OrganisationChanges,
): Promise<{ ok: true }> {
  if (!(await organisationById(ctx.db, organisationId))) throw notFound("organisation");
  await updateOrganisation(ctx.db, organisationId, changes);
  return { ok: true };
}
