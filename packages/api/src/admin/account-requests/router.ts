import { z } from "zod";
import { audited } from "../../procedures/audited.js";
import { id, password } from "../../shared/inputs.js";
import { adminProcedure } from "../../trpc.js";
import { type DecisionResult, decideAccountRequest } from "./decide-account-request.js";
import { listAccountRequests } from "./queries.js";

const decision = z.discriminatedUnion("decision", [
  z.object({
    requestId: id,
    decision: z.literal("approve"),
    password,
    province: z.string().max(100).nullable().default(null),
    sizeClass: z.string().max(40).nullable().default(null),
  }),
  z.object({ requestId: id, decision: z.literal("reject") }),
]);

/** Administration, account requests: organisations asking for a key-user account, and the admin's decision. */
export const accountRequestProcedures = {
  accountRequests: adminProcedure.query(({ ctx: { db } }) => listAccountRequests(db)),

  /** Approving creates the organisation (when new) and its key user with the password the admin hands over. */
  decideAccountRequest: adminProcedure
    .input(decision)
    .use(
      audited("account.approve", (_input: unknown, output: DecisionResult) =>
        output.userId === null
          ? null
          : { organisationId: output.organisationId, detail: { email: output.email } },
      ),
    )
    .mutation(({ ctx, input }) => decideAccountRequest(ctx, input)),
};
