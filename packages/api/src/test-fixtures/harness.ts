import { fileURLToPath } from "node:url";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "@maturo/db";
import type { TestDatabaseFactory } from "@maturo/vitest-config";
import { hashPassword } from "../auth/password.js";
import { createSession, SESSION_COOKIE } from "../auth/sessions.js";
import {
  type Context,
  type CookieJar,
  createContextInner,
  memoryCookieJar,
  type Services,
} from "../context.js";
import { appRouter } from "../root.js";
import type { Mailer } from "../shared/mailer.js";
import { DEFAULT_PLUGINS, loadPluginCatalog, type PluginCatalog } from "../shared/plugin-catalog.js";
import { createCallerFactory } from "../trpc.js";

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

let catalog: Promise<PluginCatalog> | null = null;
/** The four seed plugins, loaded once per test file. */
export function seedPlugins(): Promise<PluginCatalog> {
  catalog ??= loadPluginCatalog(DEFAULT_PLUGINS, fileURLToPath(new URL("../..", import.meta.url)));
  return catalog;
}

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

export interface TestApi {
  handle: DatabaseHandle;
  services: Services;
  mail: SentMail[];
  /** A caller without a session (anonymous, or a respondent with a token). */
  anonymous(ip?: string): Caller;
  /** A caller with its own cookie jar (for login flows). */
  withJar(jar: CookieJar, csrf?: string | null): Caller;
  /** Creates a user with a session and returns a caller for them (CSRF header set). */
  as(user: {
    email: string;
    role: "admin" | "researcher" | "keyuser";
    organisationIds?: number[];
  }): Promise<Caller & { userId: number }>;
  organisation(
    code: string,
    extra?: { province?: string; sizeClass?: string; name?: string },
  ): Promise<number>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = "correct horse battery";

export async function createTestApi(
  factory: TestDatabaseFactory,
  options: { smtp?: boolean; now?: () => Date } = {},
): Promise<TestApi> {
  const target = await factory.create();
  const handle = openDatabase(target.config);
  await migrateToLatest(handle.db);
  const mail: SentMail[] = [];
  const mailer: Mailer | null = options.smtp
    ? {
        send: async (message) => {
          mail.push(message);
        },
      }
    : null;
  const services: Services = {
    db: handle.db,
    dialect: handle.dialect,
    version: "test",
    secret: "test-secret-0123456789abcdef",
    now: options.now ?? (() => new Date()),
    plugins: await seedPlugins(),
    mailer,
    publicUrl: "https://maturo.test",
    retentionDays: 90,
    demoAllowed: true,
  };
  const context = (jar: CookieJar, csrf: string | null, ip = "127.0.0.1"): Context =>
    createContextInner(services, { cookies: jar, ip, csrfHeader: csrf });
  return {
    handle,
    services,
    mail,
    anonymous: (ip) => createCaller(context(memoryCookieJar(), null, ip)),
    withJar: (jar, csrf = null) => createCaller(context(jar, csrf)),
    async as(user) {
      const now = new Date().toISOString();
      const row = await handle.db
        .insertInto("users")
        .values({
          email: user.email,
          name: user.email.split("@")[0] ?? "user",
          role: user.role,
          locale: "nl",
          password_hash: await hashPassword(TEST_PASSWORD),
          created_at: now,
          disabled_at: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (const organisationId of user.organisationIds ?? []) {
        await handle.db
          .insertInto("memberships")
          .values({ user_id: row.id, organisation_id: organisationId, created_at: now })
          .execute();
      }
      const session = await createSession(handle.db, row.id, new Date());
      const caller = createCaller(
        context(memoryCookieJar({ [SESSION_COOKIE]: session.cookie }), session.csrfToken),
      );
      // The caller is a proxy that turns every property into a procedure; userId is answered first.
      const userId = row.id;
      return new Proxy(caller, {
        get: (target, property, receiver) =>
          property === "userId" ? userId : Reflect.get(target, property, receiver),
      }) as Caller & { userId: number };
    },
    async organisation(code, extra = {}) {
      const row = await handle.db
        .insertInto("organisations")
        .values({
          code,
          name: extra.name ?? `Gemeente ${code}`,
          kind: "municipality",
          province: extra.province ?? "Antwerpen",
          size_class: extra.sizeClass ?? "10-20k",
          created_at: new Date().toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async close() {
      await handle.close();
      await target.dispose();
    },
  };
}
