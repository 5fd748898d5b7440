import type { Caller, TestApi } from "./harness.js";

/** An organisation (`code`, named "Gemeente <letter>") with a key user and an own campaign on the seed plugins. */
export async function keyUserCampaign(
  api: TestApi,
  code: string,
): Promise<{ keyUser: Caller; campaignId: number; organisationId: number }> {
  const letter = code.slice(0, 1);
  const organisationId = await api.organisation(code, { name: `Gemeente ${letter}` });
  const researcher = await api.as({ email: "r@test.be", role: "researcher" });
  const keyUser = await api.as({
    email: `key@${letter.toLowerCase()}.be`,
    role: "keyuser",
    organisationIds: [organisationId],
  });
  const { id: versionId } = await researcher.instruments.freeze({
    title: "Versie",
    plugins: ["organisation", "users", "technology", "context"],
  });
  const { id: campaignId } = await keyUser.campaigns.startSelf({ organisationId, versionId, name: "Zelf" });
  return { keyUser, campaignId, organisationId };
}
