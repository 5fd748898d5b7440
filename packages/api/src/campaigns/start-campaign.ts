import type { SessionUser } from "../auth/sessions.js";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { instrumentVersionState } from "../shared/instrument-version.js";
import { organisationIds } from "../shared/organisations.js";
import { addToPopulation, insertCampaign } from "./queries.js";

type Actor = Pick<Context, "db" | "now"> & { user: SessionUser };

/** A campaign closes after it opens: otherwise nobody could ever answer it. */
function assertClosesAfterOpens(opensAt: string, closesAt: string | undefined): void {
  if (closesAt !== undefined && Date.parse(closesAt) <= Date.parse(opensAt))
    throw new AppError("campaign.closes-before-opens");
}

/** A key user starts the organisation's own assessment, open from now, from a published instrument version. */
export async function startSelfAssessment(
  ctx: Actor,
  input: { organisationId: number; versionId: number; name: string; closesAt?: string | undefined },
): Promise<{ id: number }> {
  const now = ctx.now().toISOString();
  assertClosesAfterOpens(now, input.closesAt);
  const version = await instrumentVersionState(ctx.db, input.versionId);
  if (version?.published !== 1) throw new AppError("campaign.version-not-published");
  const id = await insertCampaign(ctx.db, {
    kind: "self",
    name: input.name,
    versionId: input.versionId,
    organisationId: input.organisationId,
    createdBy: ctx.user.id,
    opensAt: now,
    closesAt: input.closesAt ?? null,
    createdAt: now,
  });
  return { id };
}

/** A researcher's wave over a population: every organisation, or the listed ones (each must exist). */
export async function createWave(
  ctx: Actor,
  input: {
    name: string;
    versionId: number;
    opensAt?: string | undefined;
    closesAt?: string | undefined;
    population: "all" | number[];
  },
): Promise<{ id: number; population: number }> {
  const now = ctx.now().toISOString();
  const opensAt = input.opensAt ?? now;
  assertClosesAfterOpens(opensAt, input.closesAt);
  if (!(await instrumentVersionState(ctx.db, input.versionId)))
    throw new AppError("campaign.unknown-version");
  const population = input.population;
  const orgIds = population === "all" ? await organisationIds(ctx.db) : [...new Set(population)];
  if (population !== "all") {
    const known = new Set(await organisationIds(ctx.db, orgIds));
    const index = population.findIndex((organisationId) => !known.has(organisationId));
    if (index >= 0)
      throw new AppError("campaign.unknown-population-member", { index, id: population[index] as number });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertCampaign(trx, {
      kind: "wave",
      name: input.name,
      versionId: input.versionId,
      organisationId: null,
      createdBy: ctx.user.id,
      opensAt,
      closesAt: input.closesAt ?? null,
      createdAt: now,
    });
    await addToPopulation(trx, id, orgIds);
    return { id, population: orgIds.length };
  });
}
