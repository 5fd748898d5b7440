import { hashPassword } from "../../auth/password.js";
import { deleteSessionsOf, setPasswordHash } from "../../auth/queries.js";
import type { SessionUser } from "../../auth/sessions.js";
import type { Context } from "../../context.js";
import { AppError, notFound } from "../../errors.js";
import type { Db } from "../../shared/db.js";
import { organisationById } from "../../shared/organisations.js";
import {
  addMembership,
  insertUser,
  type NewUser,
  setDisabledAt,
  setIdentifiedExportsAt,
  userIdByEmail,
  userRole,
} from "./queries.js";

type Admin = Pick<Context, "db" | "now"> & { user: SessionUser };

/**
 * A new account with the password the admin hands over, and (for a key user) its first organisation.
 * The one way accounts are made: by an admin here, and when an account request is approved.
 */
export async function createAccount(
  db: Db,
  user: Omit<NewUser, "passwordHash"> & { password: string; organisationId?: number | undefined },
  now: Date,
): Promise<number> {
  if (user.role === "keyuser" && !user.organisationId) throw new AppError("user.needs-organisation");
  if ((await userIdByEmail(db, user.email)) !== undefined)
    throw new AppError("user.email-taken", { email: user.email });
  const passwordHash = await hashPassword(user.password);
  const at = now.toISOString();
  const organisationId = user.organisationId;
  const create = async (trx: Db): Promise<number> => {
    const id = await insertUser(trx, { ...user, passwordHash }, at);
    if (organisationId) {
      if (!(await organisationById(trx, organisationId))) throw new AppError("organisation.unknown");
      await addMembership(trx, id, organisationId, at);
    }
    return id;
  };
  return db.isTransaction ? create(db) : db.transaction().execute(create);
}

export async function setPassword(ctx: Admin, userId: number, password: string): Promise<{ ok: true }> {
  if (!(await setPasswordHash(ctx.db, userId, await hashPassword(password)))) throw notFound("user");
  await deleteSessionsOf(ctx.db, userId);
  return { ok: true };
}

/** Disables an account (its sessions end at once) or enables it again; nobody disables themselves. */
export async function setDisabled(ctx: Admin, userId: number, disabled: boolean): Promise<{ ok: true }> {
  if (userId === ctx.user.id) throw new AppError("user.cannot-disable-self");
  if (!(await setDisabledAt(ctx.db, userId, disabled ? ctx.now().toISOString() : null)))
    throw notFound("user");
  if (disabled) await deleteSessionsOf(ctx.db, userId);
  return { ok: true };
}

/**
 * Allows a researcher (or admin) identified research exports, or withdraws it (docs/decisions.md,
 * "Pseudonymised research exports"). Key users never export research data.
 */
export async function setIdentifiedExports(
  ctx: Admin,
  userId: number,
  allowed: boolean,
): Promise<{ ok: true }> {
  const role = await userRole(ctx.db, userId);
  if (role === undefined) throw notFound("user");
  if (role === "keyuser") throw new AppError("user.identified-exports-role");
  await setIdentifiedExportsAt(ctx.db, userId, allowed ? ctx.now().toISOString() : null);
  return { ok: true };
}

export async function createUser(
  ctx: Pick<Context, "db" | "now">,
  input: Parameters<typeof createAccount>[1],
): Promise<{ id: number }> {
  return { id: await createAccount(ctx.db, input, ctx.now()) };
}
