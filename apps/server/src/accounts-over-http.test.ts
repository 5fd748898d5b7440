import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDemo } from "@maturo/api";
import { type TestDatabaseTarget, testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerConfig } from "./config.js";
import { silentLogger } from "./logger.js";
import { type RunningServer, startServer } from "./start.js";
import { browserLikeClient } from "./test-fixtures/http-client.js";
import { type ReceivedMail, startSmtpSink } from "./test-fixtures/smtp-sink.js";

async function webRoot(): Promise<string> {
  return mkdtemp(join(tmpdir(), "maturo-web-empty-"));
}

describe.each(await testDatabaseFactories())(
  "accounts, sessions and e-mail over HTTP on $dialect",
  (factory) => {
    let target: TestDatabaseTarget;
    let first: RunningServer;
    let second: RunningServer;
    let sink: Awaited<ReturnType<typeof startSmtpSink>>;
    let dataDir: string;

    beforeAll(async () => {
      target = await factory.create();
      sink = await startSmtpSink();
      dataDir = target.config.dataDir ?? (await mkdtemp(join(tmpdir(), "maturo-data-")));
      const config: ServerConfig = {
        port: 0,
        host: "127.0.0.1",
        dataDir,
        databaseUrl: target.config.databaseUrl,
        trustProxy: false,
        publicUrl: "https://maturo.test",
        smtp: {
          host: "127.0.0.1",
          port: sink.port,
          secure: false,
          user: undefined,
          password: undefined,
          from: "Maturo <no-reply@maturo.test>",
        },
      };
      first = await startServer(config, silentLogger, {
        version: "http",
        webRoot: await webRoot(),
        beforeListen: async (services) => {
          await loadDemo(services);
        },
      });
      // A second instance on the same database: nothing a request needs lives in process memory.
      second = await startServer(config, silentLogger, { version: "http", webRoot: await webRoot() });
    }, 180_000);
    afterAll(async () => {
      await first.close();
      await second.close();
      await sink.close();
      await target.dispose();
      if (!target.config.dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it("logs in with an HttpOnly SameSite cookie, and the second server honours the same session", async () => {
      const response = await fetch(`${first.url}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "keyuser@example.org", password: "maturo-demo-keyuser" }),
      });
      expect(response.status).toBe(200);
      const cookie = response.headers.getSetCookie()[0] ?? "";
      expect(cookie).toMatch(/^maturo_session=/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);

      const browser = browserLikeClient(first.url);
      const { csrfToken } = await browser.client.auth.login.mutate({
        email: "keyuser@example.org",
        password: "maturo-demo-keyuser",
      });
      browser.setCsrf(csrfToken);
      const onSecond = browserLikeClient(second.url);
      for (const [k, v] of browser.cookies) onSecond.cookies.set(k, v);
      const me = await onSecond.client.auth.me.query();
      expect(me?.email).toBe("keyuser@example.org");
      expect(me?.organisations[0]?.name).toMatch(/synthetisch/);
    });

    it("refuses a mutation without the CSRF token and a wrong password, with no stack trace", async () => {
      const browser = browserLikeClient(first.url);
      const { csrfToken } = await browser.client.auth.login.mutate({
        email: "researcher@example.org",
        password: "maturo-demo-research",
      });
      await expect(
        browser.client.campaigns.createWave.mutate({ name: "Golf", versionId: 1, population: "all" }),
      ).rejects.toThrow(/CSRF/);
      browser.setCsrf(csrfToken);
      const wave = await browser.client.campaigns.createWave.mutate({
        name: "Golf via HTTP",
        versionId: 1,
        population: "all",
      });
      expect(wave.population).toBe(300);
      const wrong = await fetch(`${second.url}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "researcher@example.org", password: "not the password" }),
      });
      expect(wrong.status).toBe(401);
      const body = await wrong.text();
      expect(body).toContain("e-mail address or password is wrong");
      expect(body).not.toMatch(/\bat .+:\d+:\d+/);
    });

    it("names the field of bad input instead of failing with a 500, in the reader's language", async () => {
      const request = (headers: Record<string, string>) =>
        fetch(`${first.url}/trpc/auth.requestAccount`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({
            organisationCode: "X",
            organisationName: "Y",
            name: "Jan",
            email: "not-an-email",
          }),
        });
      const english = await request({});
      expect(english.status).toBe(400);
      const body = (await english.json()) as { error: { message: string } };
      expect(body.error.message).toContain("organisationName: must have at least 2 characters");
      expect(body.error.message).toContain("email: is not a valid e-mail address");

      for (const headers of [{ "x-maturo-locale": "nl" }, { "accept-language": "nl-BE,nl;q=0.9,en;q=0.8" }]) {
        const dutch = (await (await request(headers)).json()) as { error: { message: string } };
        expect(dutch.error.message).toContain("organisationName: moet minstens 2 tekens hebben");
        expect(dutch.error.message).toContain("email: is geen geldig e-mailadres");
      }
      const wrong = await fetch(`${first.url}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-maturo-locale": "nl" },
        body: JSON.stringify({ email: "nobody@test.be", password: "wrong password!" }),
      });
      expect(await wrong.text()).toContain("e-mailadres of wachtwoord is fout");
    });

    it("counts login attempts in the database, across both servers", async () => {
      const attempt = (server: RunningServer) =>
        fetch(`${server.url}/trpc/auth.login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "admin@example.org", password: "wrong wrong wrong" }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await attempt(i % 2 === 0 ? first : second)).status);
      // Five wrong passwords are checked; then the account waits (15 s and more) on both servers.
      expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    });

    it("e-mails invitations and reminders through SMTP, with working personal links", async () => {
      const browser = browserLikeClient(first.url);
      const { csrfToken } = await browser.client.auth.login.mutate({
        email: "keyuser@example.org",
        password: "maturo-demo-keyuser",
      });
      browser.setCsrf(csrfToken);
      const me = await browser.client.auth.me.query();
      const organisationId = me?.organisations[0]?.id as number;
      const campaign = await browser.client.campaigns.startSelf.mutate({
        organisationId,
        versionId: 1,
        name: "Zelfevaluatie",
      });
      const before = sink.mails.length;
      const created = await browser.client.invitations.create.mutate({
        campaignId: campaign.id,
        organisationId,
        role: "staff",
        recipients: { emails: ["An Janssens <an@test.be>", "bo@test.be", "AN@test.be"] },
        locale: "en",
      });
      expect(created).toMatchObject({ emailed: 2, repeated: ["AN@test.be"] });
      const sent: ReceivedMail[] = sink.mails.slice(before);
      expect(sent.map((m) => m.to[0])).toEqual(["<an@test.be>", "<bo@test.be>"]);
      const link = /https:\/\/maturo\.test\/s\/([A-Za-z0-9_-]+)/.exec(
        sent[0]?.data.replace(/=\r\n/g, "") ?? "",
      )?.[1];
      expect(link).toBeDefined();
      const opened = await browserLikeClient(second.url).client.survey.open.query({ token: link as string });
      expect(opened.state).toBe("open");

      const beforeReminders = sink.mails.length;
      const reminded = await browser.client.invitations.remind.mutate({
        campaignId: campaign.id,
        organisationId,
      });
      // Neither who nor how many: the mail server alone sees the reminders.
      expect(reminded).toEqual({ reminded: true });
      expect(sink.mails.slice(beforeReminders).map((m) => m.to[0])).toEqual(["<an@test.be>", "<bo@test.be>"]);
      const reminder = sink.mails.at(-1)?.data.replace(/=\r\n/g, "") ?? "";
      const boLink = /\/s\/([A-Za-z0-9_-]+)/.exec(sent.at(-1)?.data.replace(/=\r\n/g, "") ?? "")?.[1] ?? "";
      expect(reminder).toContain(`/s/${boLink}`);

      // Sent again to one address from the register, then revoked: its link then says so.
      const register = await browser.client.invitations.register.query({
        campaignId: campaign.id,
        organisationId,
      });
      const bo = register.roles.flatMap((r) => r.invitations).find((i) => i.address === "bo@test.be");
      const scope = { campaignId: campaign.id, organisationId, invitationId: bo?.id as number };
      expect(await browser.client.invitations.resend.mutate(scope)).toEqual({ emailed: true, links: [] });
      expect(sink.mails.at(-1)?.to[0]).toBe("<bo@test.be>");
      expect(sink.mails.at(-1)?.data.replace(/=\r\n/g, "")).toContain(`/s/${boLink}`);
      await browser.client.invitations.revoke.mutate(scope);
      const revoked = await browserLikeClient(second.url).client.survey.open.query({ token: boLink });
      expect(revoked.state).toBe("revoked");
    });

    it("resets a password by e-mail", async () => {
      const anonymous = browserLikeClient(first.url);
      const before = sink.mails.length;
      await anonymous.client.auth.requestPasswordReset.mutate({ email: "admin@example.org" });
      // The answer does not wait for the mail server (it would tell known addresses from unknown).
      const mail = await sink.received(
        (m) => sink.mails.indexOf(m) >= before && m.to.includes("<admin@example.org>"),
      );
      const token = /reset-password#([A-Za-z0-9_-]+)/.exec(mail?.data.replace(/=\r\n/g, "") ?? "")?.[1];
      expect(token).toBeDefined();
      await anonymous.client.auth.resetPassword.mutate({
        token: token as string,
        password: "a brand new password",
      });
      const relogin = await browserLikeClient(second.url).client.auth.login.mutate({
        email: "admin@example.org",
        password: "a brand new password",
      });
      expect(relogin.csrfToken).toBeTruthy();
      await expect(
        anonymous.client.auth.resetPassword.mutate({ token: token as string, password: "another password!" }),
      ).rejects.toThrow(/unknown or expired/);
    });
  },
);
