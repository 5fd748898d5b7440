import type { CompiledInstrument } from "@maturo/model";
import type { ReferenceDriver, ReferenceModel } from "@maturo/report";
import { AppError } from "../errors.js";
import { regression } from "../research/regression.js";
import type { Db } from "../shared/db.js";
import { maturityCategories } from "../shared/item-results.js";
import type { ReferenceWave } from "../shared/reference-wave.js";
import { submittedResponses } from "../shared/submitted-responses.js";

/** Significance level of a β that may rank a lever (DESIGN §11: p < .05 only). */
export const LEVER_ALPHA = 0.05;

export interface LeverDrivers {
  /** Empty when the wave's data cannot carry the models (too few complete rows, a scale never scored). */
  models: ReferenceModel[];
  drivers: ReferenceDriver[];
}

/** Why a wave's capability models may not be estimable: then there are no levers to rank, only the comparison. */
const UNESTIMABLE = new Set(["research.no-scores", "research.model-failed"]);

/**
 * The context scales of an instrument: its scored categories outside the capability and legacy
 * dimensions (pressure, management, capacity, politics in the default framework), in instrument order.
 */
export function contextScales(compiled: CompiledInstrument): CompiledInstrument["nodes"] {
  const axes = new Set([compiled.axes.capability, compiled.axes.legacy]);
  return compiled.nodes.filter((node) => node.kind === "category" && !axes.has(node.parent ?? ""));
}

/**
 * Per context scale, its largest standardised β with cluster-robust p < .05 among the capability
 * models of the wave: each capability category regressed on all context scales at respondent level,
 * errors clustered by organisation (CR1), fitted by the research console's `regression`.
 */
async function fitDrivers(db: Db, wave: ReferenceWave, now: Date): Promise<LeverDrivers> {
  const { compiled } = wave.instrument;
  const dependents = maturityCategories(compiled, "capability");
  const scales = contextScales(compiled).map((node) => node.id);
  const label = (id: string) => compiled.nodes.find((node) => node.id === id)?.label ?? { en: id };
  const models = dependents.map((nodeId) => ({ nodeId, label: label(nodeId) }));
  if (dependents.length === 0 || scales.length === 0) return { models, drivers: [] };
  const fitted = await regression(
    { db, now: () => now, locale: "en", campaign: wave.campaign, instrument: wave.instrument },
    {
      dependents,
      predictors: scales,
      standardized: true,
      level: "respondent",
      cluster: "cr1",
      weights: "none",
      controls: [],
      locale: "en",
    },
  ).catch((error: unknown) => {
    if (error instanceof AppError && UNESTIMABLE.has(error.code)) return null;
    throw error;
  });
  // Too few complete rows for all scales: fitOls then drops aliased terms (as R prints NA) or leaves no
  // residual degrees of freedom; such models name no driver, so the levers show only the comparison.
  if (!fitted || fitted.models.some((m) => m.dfResidual <= 0 || m.aliased.length > 0))
    return { models: [], drivers: [] };
  const drivers: ReferenceDriver[] = [];
  for (const nodeId of scales) {
    let best: ReferenceDriver | null = null;
    for (const [index, model] of fitted.models.entries()) {
      const c = model.coefficients.find((coefficient) => coefficient.term === nodeId);
      const p = c?.clusterP ?? null;
      if (!c || c.beta === null || p === null || p >= LEVER_ALPHA) continue;
      if (best && best.beta >= c.beta) continue;
      best = {
        nodeId,
        model: models[index] as ReferenceModel,
        beta: c.beta,
        p,
        n: model.n,
        clusters: model.clusters ?? fitted.organisations,
      };
    }
    if (best) drivers.push(best);
  }
  return { models, drivers };
}

/** Fitted drivers per database and wave: a closed wave does not change, so its models are fitted once. */
const cache = new WeakMap<Db, Map<string, Promise<LeverDrivers>>>();

/**
 * The drivers of a closed reference wave, fitted once per wave and process. The key includes the
 * pinned instrument and the number of submitted responses, so a wave reopened and closed again with
 * more answers is fitted anew.
 */
export async function leverDrivers(db: Db, wave: ReferenceWave, now: Date): Promise<LeverDrivers> {
  const counted = await submittedResponses(db, wave.campaign.id)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirst();
  const key = `${wave.campaign.id}:${wave.instrument.hash}:${Number(counted?.n ?? 0)}`;
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let drivers = perDb.get(key);
  if (!drivers) {
    drivers = fitDrivers(db, wave, now);
    perDb.set(key, drivers);
    drivers.catch(() => perDb.delete(key));
  }
  return drivers;
}
