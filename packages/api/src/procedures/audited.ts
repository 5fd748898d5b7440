import type { SessionUser } from "../auth/sessions.js";
import type { Context } from "../context.js";
import { appendAudit } from "../shared/audit-log.js";
import { middleware } from "../trpc.js";

/** What an audit row says besides who did what and when. */
export interface AuditSubject {
  campaignId?: number | null;
  organisationId?: number | null;
  detail?: Record<string, unknown>;
}

/**
 * Writes one audit-log row for a procedure that succeeded: who (the session's user) did `action`,
 * about what (`describe` reads the parsed input and the result; null when nothing happened worth
 * recording, e.g. a close of a campaign that was already closed). A failed call writes nothing.
 * See docs/architecture.md, "Privacy": who exported or viewed research data, who approved whom.
 */
export function audited<Input = unknown, Output = unknown>(
  action: string,
  describe: (input: Input, output: Output) => AuditSubject | null = () => ({}),
) {
  return middleware(async ({ ctx, input, next }) => {
    const result = await next();
    if (!result.ok) return result;
    const subject = describe(input as Input, result.data as Output);
    if (subject) {
      const { db, now, user } = ctx as Context & { user: SessionUser };
      await appendAudit(db, now(), { userId: user.id, action, ...subject });
    }
    return result;
  });
}
