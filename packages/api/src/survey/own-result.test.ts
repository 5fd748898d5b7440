import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller, TestApi } from "../test-fixtures/harness.js";
import { createTestApi } from "../test-fixtures/harness.js";
import { submitQuestionnaire } from "../test-fixtures/submit-questionnaire.js";

const WAVE_ORGANISATIONS = 5;

describe.each(await testDatabaseFactories())("survey.ownResult on $dialect", (factory) => {
  let api: TestApi;
  let researcher: Caller;
  let keyUser: Caller;
  let versionId: number;
  let organisationId: number;
  let selfCampaignId: number;
  const waveOrganisations: number[] = [];

  beforeAll(async () => {
    api = await createTestApi(factory);
    organisationId = await api.organisation("R-001");
    for (let i = 0; i < WAVE_ORGANISATIONS; i++) waveOrganisations.push(await api.organisation(`W-00${i}`));
    researcher = await api.as({ email: "researcher@test.be", role: "researcher" });
    keyUser = await api.as({ email: "key@r.be", role: "keyuser", organisationIds: [organisationId] });
    versionId = (
      await researcher.instruments.freeze({
        title: "Maturo",
        plugins: ["organisation", "users", "technology", "context"],
      })
    ).id;
    selfCampaignId = (
      await keyUser.campaigns.startSelf({ organisationId, versionId, name: "Eigen bevraging" })
    ).id;
  }, 60_000);
  afterAll(() => api.close());

  async function link(): Promise<string> {
    const { links } = await keyUser.invitations.create({
      campaignId: selfCampaignId,
      organisationId,
      role: "staff",
      recipients: { count: 1 },
    });
    return links[0]?.link as string;
  }

  const tokenOf = (url: string): string => url.split("/s/")[1] as string;

  /** A closed wave of `count` organisations, one director each answering every item with a different point. */
  async function closedWave(name: string, count: number): Promise<number> {
    const population = waveOrganisations.slice(0, count);
    const { id: campaignId } = await researcher.campaigns.createWave({ name, versionId, population });
    const { links } = await researcher.invitations.bulkForWave({
      campaignId,
      role: "director",
      perOrganisation: 1,
    });
    for (const [i, invited] of links.entries())
      await submitQuestionnaire(api, invited.link, (item) =>
        Math.min(item.points, 1 + ((i + item.points) % item.points)),
      );
    await researcher.campaigns.close({ campaignId });
    return campaignId;
  }

  it("refuses another device and an anonymous caller, and the own device before submitting", async () => {
    const url = await link();
    const token = tokenOf(url);
    const device = api.anonymous();
    const opened = await device.survey.open({ token });
    const first = opened.sections[0]?.items[0];
    await device.survey.save({
      token,
      answers: [{ itemId: first?.id as string, value: 4, at: new Date().toISOString() }],
    });
    await expect(device.survey.ownResult({ token })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/once you have submitted/),
    });
    await device.survey.submit({ token });
    await expect(device.survey.ownResult({ token })).resolves.toMatchObject({
      campaign: { name: "Eigen bevraging" },
    });
    // The key user who handed out the link, and anyone else holding it, see nothing.
    for (const other of [api.anonymous(), keyUser])
      await expect(other.survey.ownResult({ token })).rejects.toMatchObject({
        code: "FORBIDDEN",
        cause: { localized: { nl: expect.stringMatching(/alleen te zien op het toestel/) } },
      });
  });

  it("shows the own scores and profile, without a reference while no closed wave has the same nodes", async () => {
    const url = await link();
    const device = api.anonymous();
    await submitQuestionnaire(api, url, (item) => item.points, [], device);
    const result = await device.survey.ownResult({ token: tokenOf(url) });
    expect(result.reference).toBeNull();
    const capability = result.nodes.find((node) => node.id === result.axes.capability);
    const legacy = result.nodes.find((node) => node.id === result.axes.legacy);
    // Every item answered with its highest point: full capability, and the high-capability profile.
    expect(capability?.score).toBeGreaterThanOrEqual(result.thresholds.capability);
    expect(legacy?.score).not.toBeNull();
    expect(result.profile?.name.nl).toEqual(expect.any(String));
    expect(result.nodes.some((node) => node.kind === "category")).toBe(true);
    expect(result.nodes.every((node) => node.reference === null)).toBe(true);
  });

  it("gives no reference from a wave of fewer than 5 organisations, then the latest closed wave's quartiles", async () => {
    const url = await link();
    const device = api.anonymous();
    await submitQuestionnaire(api, url, (item) => Math.min(3, item.points), [], device);
    await closedWave("Golf klein", WAVE_ORGANISATIONS - 1);
    expect((await device.survey.ownResult({ token: tokenOf(url) })).reference).toBeNull();
    const waveId = await closedWave("Golf 2025", WAVE_ORGANISATIONS);
    const result = await device.survey.ownResult({ token: tokenOf(url) });
    expect(result.reference).toEqual({ campaignName: "Golf 2025" });
    const capabilityId = result.axes.capability;
    const stored = await api.handle.db
      .selectFrom("respondent_scores")
      .select("score")
      .where("campaign_id", "=", waveId)
      .where("node_id", "=", capabilityId)
      .execute();
    // One respondent per organisation: the organisation scores are theirs; with five, type-7 quartiles
    // fall exactly on the 2nd, 3rd and 4th value.
    const sorted = stored.map((row) => row.score as number).sort((a, b) => a - b);
    expect(sorted).toHaveLength(WAVE_ORGANISATIONS);
    const capability = result.nodes.find((node) => node.id === capabilityId);
    expect(capability?.reference).toEqual({
      q1: sorted[1],
      median: sorted[2],
      q3: sorted[3],
      organisations: WAVE_ORGANISATIONS,
    });
  }, 120_000);

  it("returns nothing once the response is withdrawn", async () => {
    const url = await link();
    const device = api.anonymous();
    await submitQuestionnaire(api, url, () => 1, [], device);
    await device.survey.withdraw({ token: tokenOf(url) });
    await expect(device.survey.ownResult({ token: tokenOf(url) })).rejects.toThrow(/withdrawn/);
  });
});
