import type { TestDatabaseFactory } from "@maturo/vitest-config";
import { type Caller, createTestApi, type TestApi } from "./harness.js";

export interface RespondentCampaign {
  api: TestApi;
  /** Tokens of `count` new handed-out links (or e-mailed ones when `emails` are given) of one role. */
  invite(role: "director" | "manager" | "staff", count: number, emails?: string[]): Promise<string[]>;
  close(): Promise<void>;
}

/** One organisation with an open campaign on the seed plugins, ready to invite respondents. */
export async function respondentCampaign(
  factory: TestDatabaseFactory,
  options: { smtp?: boolean; now?: () => Date } = {},
): Promise<RespondentCampaign> {
  const api = await createTestApi(factory, options);
  const organisationId = await api.organisation("R-001");
  const researcher = await api.as({ email: "researcher@test.be", role: "researcher" });
  const keyUser: Caller = await api.as({
    email: "key@r.be",
    role: "keyuser",
    organisationIds: [organisationId],
  });
  const { id: versionId } = await researcher.instruments.freeze({
    title: "Versie",
    plugins: ["organisation", "users", "technology", "context"],
  });
  const { id: campaignId } = await keyUser.campaigns.startSelf({ organisationId, versionId, name: "Zelf" });
  return {
    api,
    async invite(role, count, emails) {
      const { links } = await keyUser.invitations.create({
        campaignId,
        organisationId,
        role,
        recipients: emails ? { emails } : { count },
      });
      if (!emails) return links.map((l) => l.link.split("/s/")[1] as string);
      // Invitations by address are mailed by the server; the key user never sees their links.
      return emails.map((to) => {
        const text = api.mail.filter((m) => m.to === to).at(-1)?.text ?? "";
        return /\/s\/([A-Za-z0-9_-]+)/.exec(text)?.[1] as string;
      });
    },
    close: () => api.close(),
  };
}
