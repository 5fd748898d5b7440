import { z } from "zod";
import { audited } from "../../procedures/audited.js";
import { id } from "../../shared/inputs.js";
import { adminProcedure } from "../../trpc.js";
import { purgeExpired, setRetention } from "./purge-expired.js";

/** Administration, retention (docs/architecture.md, "Privacy"): how long e-mail addresses and tokens stay after a campaign closes. */
export const retentionProcedures = {
  setCampaignRetention: adminProcedure
    .input(z.object({ campaignId: id, days: z.int().min(0).max(3650) }))
    .use(
      audited("campaign.retention-set", (input: { campaignId: number; days: number }) => ({
        campaignId: input.campaignId,
        detail: { days: input.days },
      })),
    )
    .mutation(({ ctx: { db }, input }) => setRetention(db, input.campaignId, input.days)),

  purgeExpired: adminProcedure
    .use(
      audited("retention.purge", (_input: unknown, output: { purged: number[] }) =>
        output.purged.length > 0 ? { detail: { campaigns: output.purged } } : null,
      ),
    )
    .mutation(async ({ ctx: { db, now, retentionDays } }) => ({
      purged: await purgeExpired(db, now(), retentionDays),
    })),
};
