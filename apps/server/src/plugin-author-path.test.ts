import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDemo } from "@maturo/api";
import { runAsUser } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerConfig } from "./config.js";
import { silentLogger } from "./logger.js";
import { type RunningServer, startServer } from "./start.js";
import { browserLikeClient } from "./test-fixtures/http-client.js";

/**
 * What a plugin author does outside this repository, as docs/plugins.md tells it: scaffold against
 * the local checkout, install with plain npm, build, test, pack; then an operator installs the
 * tarball and lists it in PLUGINS_CONFIG next to the seed plugins (by name), a researcher freezes
 * it, and respondents answer in Dutch and in English over tRPC.
 */
const repo = new URL("../../../", import.meta.url).pathname;
// The light authoring tool (maturo-plugin of @maturo/plugin-sdk), as docs/plugins.md runs it.
const maturoPlugin = join(repo, "packages", "plugin-sdk", "dist", "bin.js");
const NAME = "open-data";
const ITEM = `${NAME}-shared-platforms`;

const npmInstall = ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];

describe("a plugin written outside the repository, end to end", () => {
  let root: string;
  let server: RunningServer;
  let instrument: { sections: { items: { id: string; text: Record<string, string> }[] }[] };
  let testOutput: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "maturo-author-"));
    const plugin = join(root, NAME);
    await runAsUser(process.execPath, [maturoPlugin, "new", NAME, "--maturo", repo], root);
    await runAsUser(process.execPath, [maturoPlugin, "validate"], plugin);
    await runAsUser("npm", npmInstall, plugin);
    await runAsUser("npm", ["run", "build"], plugin);
    testOutput = await runAsUser("npm", ["test"], plugin);
    const packed = (
      await runAsUser("npm", ["pack", "--pack-destination", root, "--loglevel=error"], plugin)
    ).trim();
    const tarballs = join(plugin, "maturo-packages");
    const local = (await readdir(tarballs)).map((file) => join(tarballs, file));

    // The operator's site: the packed plugin and the SDK it peers on, installed from tarballs only.
    const site = join(root, "site");
    await runAsUser("mkdir", ["-p", site], root);
    await writeFile(join(site, "package.json"), '{ "private": true }\n');
    await runAsUser(
      "npm",
      [...npmInstall, "--offline", join(root, packed.split("\n").at(-1) ?? ""), ...local],
      site,
    );
    instrument = JSON.parse(
      await readFile(join(site, "node_modules", `maturo-plugin-${NAME}`, "instrument.json"), "utf8"),
    );

    const configFile = join(root, "plugins.json");
    await writeFile(
      configFile,
      JSON.stringify({
        plugins: [
          "@maturo/plugin-organisation",
          "@maturo/plugin-users",
          "@maturo/plugin-technology",
          "@maturo/plugin-context",
          `./site/node_modules/maturo-plugin-${NAME}`,
        ],
      }),
    );
    const config: ServerConfig = {
      port: 0,
      host: "127.0.0.1",
      dataDir: await mkdtemp(join(tmpdir(), "maturo-author-data-")),
      databaseUrl: undefined,
      trustProxy: false,
      publicUrl: "https://maturo.test",
      pluginsConfig: configFile,
    };
    server = await startServer(config, silentLogger, {
      version: "author-path",
      webRoot: await mkdtemp(join(tmpdir(), "maturo-web-empty-")),
      beforeListen: async (services) => {
        await loadDemo(services);
      },
    });
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("builds and passes the scaffold's own tests with plain npm", () => {
    expect(testOutput).toMatch(/# pass 2/);
    expect(testOutput).toMatch(/# fail 0/);
  });

  it("loads the packed plugin next to the seed plugins listed by name", () => {
    expect(server.services.plugins.plugins.map((p) => `${p.id}@${p.version}`)).toEqual([
      "organisation@0.0.0",
      "users@0.0.0",
      "technology@0.0.0",
      "context@0.0.0",
      `${NAME}@0.1.0`,
    ]);
  });

  it("freezes it, and respondents answer one item in Dutch and in English and get its score", async () => {
    const loggedIn = async (email: string, password: string) => {
      const browser = browserLikeClient(server.url);
      browser.setCsrf((await browser.client.auth.login.mutate({ email, password })).csrfToken);
      return browser.client;
    };
    const researcher = await loggedIn("researcher@example.org", "maturo-demo-research");
    const frozen = await researcher.instruments.freeze.mutate({ title: "Open data", plugins: [NAME] });
    const keyuser = await loggedIn("keyuser@example.org", "maturo-demo-keyuser");
    const organisationId = (await keyuser.auth.me.query())?.organisations[0]?.id as number;
    const campaign = await keyuser.campaigns.startSelf.mutate({
      organisationId,
      versionId: frozen.id,
      name: "Open data",
    });
    const { links } = await keyuser.invitations.create.mutate({
      campaignId: campaign.id,
      organisationId,
      role: "staff",
      recipients: { count: 2 },
      locale: "nl",
    });
    const tokens = links.map((link) => link.link.split("/s/")[1] as string);
    const source = instrument.sections[0]?.items.find((item) => item.id === ITEM);

    const respondent = browserLikeClient(server.url).client;
    const answers = { nl: 6, en: 1 } as const;
    for (const [index, locale] of (["nl", "en"] as const).entries()) {
      const token = tokens[index] as string;
      const opened = await respondent.survey.open.query({ token, locale });
      if (opened.state !== "open") throw new Error(`link is ${opened.state}`);
      const item = opened.sections.flatMap((section) => section.items).find((i) => i.id === ITEM);
      expect(item?.text).toBe(source?.text[locale]);
      expect(item?.labels).toHaveLength(6);
      await respondent.survey.save.mutate({
        token,
        locale,
        answers: [{ itemId: ITEM, value: answers[locale], at: new Date().toISOString() }],
      });
      expect(await respondent.survey.submit.mutate({ token })).toEqual({ state: "submitted" });
    }

    const scores = await server.services.db
      .selectFrom("respondent_scores")
      .select(["response_id", "score"])
      .where("campaign_id", "=", campaign.id)
      .where("node_id", "=", "capability.efficiency")
      .orderBy("response_id")
      .execute();
    expect(scores.map((row) => row.score)).toEqual([100, 0]);
  });
});
