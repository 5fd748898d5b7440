import { type DisclosureRules, disclosureRules } from "@maturo/report";
import { hashToken } from "../auth/tokens.js";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { instrumentVersionOfLink } from "./queries.js";

/**
 * The disclosure thresholds that hold for the answers given through a personal link — `k` = max(3,
 * the framework's minimum group size), benchmarks on at least 5 other organisations — so the
 * respondent's intro states the same numbers the key user's figures are held to.
 */
export async function disclosureForLink(
  ctx: Pick<Context, "db" | "secret">,
  token: string,
): Promise<DisclosureRules> {
  const versionId = await instrumentVersionOfLink(ctx.db, hashToken(ctx.secret, token));
  if (versionId === undefined) throw new AppError("survey.unknown-link");
  const version = await loadInstrumentVersion(ctx.db, versionId);
  return disclosureRules(version.compiled.rules);
}
