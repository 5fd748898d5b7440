import { z } from "zod";
import { id } from "../../shared/inputs.js";
import { adminProcedure } from "../../trpc.js";
import { purgeExpired, setRetention } from "./purge-expired.js";

/** Administration, retention (docs/architecture.md, "Privacy"): how long e-mail addresses and tokens stay after a campaign closes. */
export const retentionProcedures = {
  setCampaignRetention: adminProcedure
    .input(z.object({ campaignId: id, days: z.int().min(0).max(3650) }))
    .mutation(({ ctx: { db }, input }) => setRetention(db, input.campaignId, input.days)),

  purgeExpired: adminProcedure.mutation(async ({ ctx: { db, now, retentionDays } }) => ({
    purged: await purgeExpired(db, now(), retentionDays),
  })),
};
