import { z } from "zod";
import { audited } from "../../procedures/audited.js";
import { email, id, locale, password } from "../../shared/inputs.js";
import { adminProcedure } from "../../trpc.js";
import { createUser, setDisabled, setIdentifiedExports, setPassword } from "./manage-users.js";
import { joinOrganisation, leaveOrganisation } from "./memberships.js";
import { listUsers } from "./queries.js";

const membership = z.object({ userId: id, organisationId: id });
type Membership = z.infer<typeof membership>;
const newUser = z.object({
  email,
  name: z.string().trim().min(2).max(200),
  role: z.enum(["researcher", "keyuser", "admin"]),
  locale: locale.default("nl"),
  password,
  organisationId: id.optional(),
});

/**
 * A procedure that turns one yes/no setting of an account on or off: `input` is the user and the
 * setting's new value (`on` reads it), audited as `action` with exactly that input.
 */
function accountSwitch<Input extends { userId: number }>(
  input: z.ZodType<Input>,
  on: (input: Input) => boolean,
  action: string,
  apply: typeof setDisabled,
) {
  return adminProcedure
    .input(input)
    .use(audited(action, (input: Input) => ({ detail: { ...input } })))
    .mutation(({ ctx, input }) => apply(ctx, input.userId, on(input as Input)));
}

/** Administration, users and memberships: accounts, their passwords and the organisations of key users. */
export const userProcedures = {
  addMembership: adminProcedure
    .input(membership)
    .use(
      audited("membership.add", (input: Membership, output: { changed: boolean }) =>
        output.changed ? { organisationId: input.organisationId, detail: { userId: input.userId } } : null,
      ),
    )
    .mutation(({ ctx, input }) => joinOrganisation(ctx, input.userId, input.organisationId)),

  removeMembership: adminProcedure
    .input(membership)
    .use(
      audited("membership.remove", (input: Membership) => ({
        organisationId: input.organisationId,
        detail: { userId: input.userId },
      })),
    )
    .mutation(({ ctx, input }) => leaveOrganisation(ctx, input.userId, input.organisationId)),

  users: adminProcedure.query(({ ctx: { db } }) => listUsers(db)),

  createUser: adminProcedure
    .input(newUser)
    .use(
      audited("account.create", (input: z.infer<typeof newUser>) => ({
        detail: { email: input.email, role: input.role },
      })),
    )
    .mutation(({ ctx, input }) => createUser(ctx, input)),

  /** Without SMTP, the admin sets a new password and hands it over. */
  setPassword: adminProcedure
    .input(z.object({ userId: id, password }))
    .use(
      audited("account.password-set", (input: { userId: number }) => ({ detail: { userId: input.userId } })),
    )
    .mutation(({ ctx, input }) => setPassword(ctx, input.userId, input.password)),

  /** Identified research exports (names, codes) for one researcher; every grant and withdrawal is audited. */
  setIdentifiedExports: accountSwitch(
    z.object({ userId: id, allowed: z.boolean() }),
    (input) => input.allowed,
    "account.identified-exports",
    setIdentifiedExports,
  ),

  setDisabled: accountSwitch(
    z.object({ userId: id, disabled: z.boolean() }),
    (input) => input.disabled,
    "account.disabled-set",
    setDisabled,
  ),
};
