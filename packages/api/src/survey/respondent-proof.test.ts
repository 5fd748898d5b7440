import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryCookieJar } from "../context.js";
import type { Caller } from "../test-fixtures/harness.js";
import { type RespondentCampaign, respondentCampaign } from "../test-fixtures/respondent-campaign.js";

const at = (): string => new Date().toISOString();

/** The attacks of a link holder on another device: reading, overwriting and withdrawing answers. */
describe.each(await testDatabaseFactories())("a link opened on another device on $dialect", (factory) => {
  let campaign: RespondentCampaign;

  beforeAll(async () => {
    campaign = await respondentCampaign(factory, { smtp: true });
  });
  afterAll(() => campaign.close());

  /** A respondent who answered two questions on their own device, and the resume code shown then. */
  async function answered(): Promise<{ token: string; device: Caller; code: string; itemIds: string[] }> {
    const [token] = (await campaign.invite("staff", 1)) as [string];
    const device = campaign.api.anonymous();
    const opened = await device.survey.open({ token });
    const itemIds = opened.sections[0]?.items.slice(0, 2).map((i) => i.id) ?? [];
    const first = await device.survey.save({
      token,
      answers: [{ itemId: itemIds[0] as string, value: 5, at: at() }],
    });
    const second = await device.survey.save({
      token,
      answers: [{ itemId: itemIds[1] as string, value: 4, at: at() }],
    });
    expect(first.resumeCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(second.resumeCode).toBeNull();
    return { token, device, code: first.resumeCode as string, itemIds };
  }

  it("shows no answers to another device and says they exist elsewhere", async () => {
    const { token, device, itemIds } = await answered();
    const other = await campaign.api.anonymous().survey.open({ token });
    expect(other.state).toBe("open");
    expect(other.answers).toEqual({});
    expect("answersElsewhere" in other && other.answersElsewhere).toBe(true);
    const own = await device.survey.open({ token });
    expect(own.answers).toEqual({ [itemIds[0] as string]: 5, [itemIds[1] as string]: 4 });
    expect("answersElsewhere" in own && own.answersElsewhere).toBe(false);
  });

  it("refuses another device's save, submit and withdrawal, in Dutch and English", async () => {
    const { token, device, itemIds } = await answered();
    const other = campaign.api.anonymous();
    const overwrite = {
      token,
      answers: [{ itemId: itemIds[0] as string, value: 1, at: "2099-01-01T00:00:00.000Z" }],
    };
    await expect(other.survey.save(overwrite)).rejects.toThrow(/given on another device/);
    await expect(other.survey.submit({ token })).rejects.toThrow(/given on another device/);
    await expect(other.survey.withdraw({ token })).rejects.toThrow(/given on another device/);
    await expect(other.survey.save(overwrite)).rejects.toMatchObject({
      code: "FORBIDDEN",
      cause: { localized: { nl: expect.stringMatching(/op een ander toestel ingevuld/) } },
    });
    // Nothing changed: the respondent's own device still reads its answers and can submit.
    expect((await device.survey.open({ token })).answers[itemIds[0] as string]).toBe(5);
    await expect(device.survey.submit({ token })).resolves.toEqual({ state: "submitted" });
  });

  it("binds another device after the resume code, and throttles guesses", async () => {
    const { token, code, itemIds } = await answered();
    const laptop = campaign.api.anonymous();
    await expect(laptop.survey.resume({ token, code: "AAAA-AAAA" })).rejects.toThrow(/not the resume code/);
    // Typed in lower case with a space instead of the dash: still the code.
    await laptop.survey.resume({ token, code: code.toLowerCase().replace("-", " ") });
    const resumed = await laptop.survey.open({ token });
    expect(resumed.answers[itemIds[0] as string]).toBe(5);
    const saved = await laptop.survey.save({
      token,
      answers: [{ itemId: itemIds[0] as string, value: 2, at: at() }],
    });
    expect(saved.results).toEqual([{ itemId: itemIds[0], status: "applied", reason: null }]);

    const guesser = campaign.api.anonymous();
    for (let i = 0; i < 10; i++)
      await expect(guesser.survey.resume({ token, code: `AAAA-AAA${i}` })).rejects.toThrow(
        /not the resume code/,
      );
    await expect(guesser.survey.resume({ token, code })).rejects.toThrow(/too many wrong codes/);
    expect((await guesser.survey.open({ token })).answers).toEqual({});
  });

  it("mails the resume code to the invited address and stores only its hash", async () => {
    const [token] = (await campaign.invite("staff", 1, ["an@r.be"])) as [string];
    const device = campaign.api.anonymous();
    const opened = await device.survey.open({ token, locale: "en" });
    const itemId = opened.sections[0]?.items[0]?.id as string;
    const { resumeCode } = await device.survey.save({
      token,
      locale: "en",
      answers: [{ itemId, value: 3, at: at() }],
    });
    const mail = campaign.api.mail.filter((m) => m.to === "an@r.be").at(-1);
    expect(mail?.subject).toMatch(/resume code/);
    expect(mail?.text).toContain(resumeCode);
    const secrets = await campaign.api.handle.db.selectFrom("response_secrets").select("hash").execute();
    expect(secrets.some((s) => s.hash.includes(resumeCode as string))).toBe(false);
  });

  it("lets a respondent who lost device and code start again, discarding the earlier answers", async () => {
    const { token, device } = await answered();
    const phone = campaign.api.anonymous();
    await phone.survey.restart({ token });
    const fresh = await phone.survey.open({ token });
    expect(fresh.answers).toEqual({});
    expect("answersElsewhere" in fresh && fresh.answersElsewhere).toBe(false);
    const itemId = fresh.sections[0]?.items[0]?.id as string;
    const saved = await phone.survey.save({ token, answers: [{ itemId, value: 6, at: at() }] });
    expect(saved.resumeCode).not.toBeNull();
    // The first device lost its claim with the discarded answers.
    const before = await device.survey.open({ token });
    expect(before.answers).toEqual({});
    expect("answersElsewhere" in before && before.answersElsewhere).toBe(true);
  });

  it("issues one device key per browser, as an HttpOnly SameSite=Strict cookie on the API path", async () => {
    const [token] = (await campaign.invite("staff", 1)) as [string];
    const sets: { name: string; value: string; options: unknown }[] = [];
    const jar = memoryCookieJar();
    const recording = {
      ...jar,
      set: (name: string, value: string, options: { maxAgeSeconds: number }) => {
        sets.push({ name, value, options });
        jar.set(name, value, options);
      },
    };
    // A save straight away (no open first) both proves nothing and binds: still one key.
    const device = campaign.api.withJar(recording);
    await device.survey.save({ token, answers: [{ itemId: "org-project-management", value: 2, at: at() }] });
    expect(sets).toEqual([
      {
        name: "maturo_device",
        value: expect.stringMatching(/^[\w-]{43}$/),
        options: expect.objectContaining({ path: "/trpc", sameSite: "Strict" }),
      },
    ]);
    await device.survey.open({ token });
    expect(sets).toHaveLength(1);
    expect((await device.survey.open({ token })).answers["org-project-management"]).toBe(2);
    const stored = await campaign.api.handle.db.selectFrom("response_secrets").select("hash").execute();
    expect(stored.some((s) => s.hash === sets[0]?.value)).toBe(false);
  });

  it("lets anyone with the link start while no answers exist", async () => {
    const [token] = (await campaign.invite("staff", 1)) as [string];
    const first = campaign.api.anonymous();
    const opened = await first.survey.open({ token });
    const itemId = opened.sections[0]?.items[0]?.id as string;
    await first.survey.save({ token, answers: [{ itemId, value: 2, at: at() }] });
    await first.survey.save({ token, answers: [{ itemId, value: null, at: at() }] });
    // All answers cleared: the link is as good as new for another device.
    const second = campaign.api.anonymous();
    const saved = await second.survey.save({ token, answers: [{ itemId, value: 3, at: at() }] });
    expect(saved.results[0]?.status).toBe("applied");
    await expect(campaign.api.anonymous().survey.withdraw({ token })).rejects.toThrow(/another device/);
  });
});
