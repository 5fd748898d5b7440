import type { Role } from "@maturo/model";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { findCampaign } from "../shared/campaign-access.js";
import { createInvitations, surveyLink } from "./create-invitations.js";
import { populationOf } from "./queries.js";

export interface WaveLink {
  organisationCode: string;
  organisationName: string;
  role: string;
  link: string;
}

/** Researchers: `perOrganisation` links of one role for every organisation of a wave's population. */
export async function linksForWave(
  ctx: Pick<Context, "db" | "secret" | "now" | "publicUrl">,
  input: { campaignId: number; role: Role; perOrganisation: number },
): Promise<{ links: WaveLink[] }> {
  const campaign = await findCampaign(ctx.db, input.campaignId);
  if (campaign.kind !== "wave") throw new AppError("invitation.not-a-wave");
  const now = ctx.now();
  const rows: WaveLink[] = [];
  for (const organisation of await populationOf(ctx.db, campaign.id)) {
    const links = await createInvitations(
      ctx.db,
      ctx.secret,
      now,
      { campaignId: campaign.id, organisationId: organisation.id, role: input.role },
      { count: input.perOrganisation },
    );
    for (const l of links)
      rows.push({
        organisationCode: organisation.code,
        organisationName: organisation.name,
        role: l.role,
        link: surveyLink(ctx.publicUrl, l.token),
      });
  }
  return { links: rows };
}
