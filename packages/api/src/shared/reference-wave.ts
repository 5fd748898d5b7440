import { type CompiledInstrument, ROLES } from "@maturo/model";
import { disclosureRules } from "@maturo/report/disclosure";
import { summarizeByRole } from "@maturo/scoring";
import { type Quartiles, quartiles } from "@maturo/stats";
import { scoreMoments } from "./aggregates.js";
import { type CampaignRow, findCampaign } from "./campaign-access.js";
import { campaignStatus } from "./campaign-status.js";
import type { Db } from "./db.js";
import { type LoadedInstrumentVersion, loadInstrumentVersion } from "./instrument-version.js";
import { benchmarkPeers } from "./organisations.js";

/** The closed research wave a campaign is compared with, and its pinned instrument. */
export interface ReferenceWave {
  campaign: CampaignRow;
  instrument: LoadedInstrumentVersion;
}

/** An organisation of the reference wave: what it is grouped by, and its role-balanced score per node. */
export interface WaveOrganisation {
  organisationId: number;
  province: string | null;
  sizeClass: string | null;
  kind: string;
  scores: ReadonlyMap<string, number>;
}

/** The median and quartiles of the organisations' scores on one node in the reference wave. */
export interface ReferenceFigure extends Quartiles {
  /** Organisations with a score on the node that the figure rests on. */
  organisations: number;
}

export interface Reference {
  campaign: { id: number; name: string };
  /** Per node; absent where fewer organisations than the benchmark minimum have a score. */
  nodes: Record<string, ReferenceFigure>;
}

function nodeIdsOf(compiled: CompiledInstrument): string {
  return compiled.nodes
    .map((node) => node.id)
    .sort()
    .join("\n");
}

/** Research waves other than `exceptId` that are closed by hand or have a closing date, latest first. */
function referenceCandidates(db: Db, exceptId: number) {
  return db
    .selectFrom("campaigns")
    .select([
      "id",
      "status",
      "opens_at as opensAt",
      "closes_at as closesAt",
      "instrument_version_id as instrumentVersionId",
    ])
    .where("kind", "=", "wave")
    .where("id", "!=", exceptId)
    .where((eb) => eb.or([eb("status", "=", "closed"), eb("closes_at", "is not", null)]))
    .orderBy("opens_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

/**
 * The reference of a campaign (DESIGN §11; docs/decisions.md, "Own result" and "Reference benchmark
 * and levers"): the latest closed research wave other than the campaign itself whose pinned
 * instrument has the same framework nodes; null when there is none.
 */
export async function referenceWave(
  db: Db,
  own: { campaignId: number; compiled: CompiledInstrument },
  now: Date,
): Promise<ReferenceWave | null> {
  const nodes = nodeIdsOf(own.compiled);
  for (const candidate of await referenceCandidates(db, own.campaignId)) {
    if (campaignStatus(candidate, now) !== "closed") continue;
    const instrument = await loadInstrumentVersion(db, candidate.instrumentVersionId);
    if (nodeIdsOf(instrument.compiled) !== nodes) continue;
    return { campaign: await findCampaign(db, candidate.id), instrument };
  }
  return null;
}

/**
 * Every organisation of a wave with its score per node, role-balanced: the mean of the management and
 * staff means of the groups that have a score (the scoring package's one rule), so an organisation
 * where mostly staff answered is compared like with like by role. Each organisation counts once.
 */
export async function waveOrganisationScores(
  db: Db,
  waveId: number,
  nodeIds: readonly string[],
): Promise<WaveOrganisation[]> {
  const moments = await scoreMoments(db, { campaignId: waveId });
  const attributes = new Map((await benchmarkPeers(db, [...moments.keys()])).map((org) => [org.id, org]));
  return [...moments].flatMap(([organisationId, nodes]) => {
    const org = attributes.get(organisationId);
    if (!org) return [];
    const scores = new Map<string, number>();
    for (const nodeId of nodeIds) {
      const byRole = nodes.get(nodeId);
      if (!byRole || ROLES.every((role) => byRole[role].n === 0)) continue;
      const { mean } = summarizeByRole(byRole, "balanced");
      if (mean !== null) scores.set(nodeId, mean);
    }
    return [{ organisationId, province: org.province, sizeClass: org.size_class, kind: org.kind, scores }];
  });
}

/**
 * The reference a respondent's own result is shown against (docs/decisions.md, "Own result"): the
 * reference wave's median and quartiles of its organisations' scores per node where at least the
 * benchmark minimum of organisations have one; null when there is no wave or no such node.
 */
export async function referenceFor(
  db: Db,
  own: { campaignId: number; compiled: CompiledInstrument; nodeIds: readonly string[] },
  now: Date,
): Promise<Reference | null> {
  const minimum = disclosureRules(own.compiled.rules).minBenchmarkGroup;
  const wave = await referenceWave(db, own, now);
  if (!wave) return null;
  const organisations = await waveOrganisationScores(db, wave.campaign.id, own.nodeIds);
  const figures: Record<string, ReferenceFigure> = {};
  for (const nodeId of own.nodeIds) {
    const means = organisations.flatMap((org) => org.scores.get(nodeId) ?? []);
    const q = means.length >= minimum ? quartiles(means) : null;
    if (q) figures[nodeId] = { ...q, organisations: means.length };
  }
  if (Object.keys(figures).length === 0) return null;
  return { campaign: { id: wave.campaign.id, name: wave.campaign.name }, nodes: figures };
}
