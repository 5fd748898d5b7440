import { z } from "zod";
import { id } from "../shared/inputs.js";
import { assertOrganisationAccess, keyUserProcedure } from "../trpc.js";

/** A key user acting for one of their organisations (`organisationId`); any other is refused. */
export const organisationProcedure = keyUserProcedure
  .input(z.object({ organisationId: id }))
  .use(({ ctx, input, next }) => {
    assertOrganisationAccess(ctx.user, input.organisationId);
    return next();
  });
