import type { Caller, TestApi } from "./harness.js";

/**
 * One organisation's own assessment on the full instrument with `count` director links, and a
 * researcher to read it: the smallest campaign a research view can run on.
 */
export async function directorsCampaign(
  api: TestApi,
  count: number,
): Promise<{ researcher: Caller; campaignId: number; links: string[] }> {
  const org = await api.organisation("G-001");
  const researcher = await api.as({ email: "researcher@test.be", role: "researcher" });
  const keyUser = await api.as({ email: "key@g.be", role: "keyuser", organisationIds: [org] });
  const { id: versionId } = await researcher.instruments.freeze({
    title: "Maturo",
    plugins: ["organisation", "users", "technology", "context"],
  });
  const { id: campaignId } = await keyUser.campaigns.startSelf({
    organisationId: org,
    versionId,
    name: "Bevraging",
  });
  const { links } = await keyUser.invitations.create({
    campaignId,
    organisationId: org,
    role: "director",
    recipients: { count },
  });
  return { researcher, campaignId, links: links.map((l) => l.link) };
}
