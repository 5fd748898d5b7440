import { discloseReference, profileNodeIds, type ReferenceSource } from "@maturo/report";
import { disclosureRules } from "@maturo/report/disclosure";
import type { CampaignRow } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import type { LoadedInstrumentVersion } from "../shared/instrument-version.js";
import { benchmarkPeers } from "../shared/organisations.js";
import { referenceWave, waveOrganisationScores } from "../shared/reference-wave.js";
import { contextScales, leverDrivers } from "./lever-drivers.js";

const SCOPES = ["all", "province", "sizeClass"] as const;

/**
 * The reference benchmark and the levers' inputs of one organisation's report (DESIGN §11): the
 * latest closed research wave with the same nodes; among its organisations of the same kind as this
 * one (this one left out), role-balanced, the median and quartiles per profile node and context scale
 * for each scope through the disclosure module; and the wave's drivers. Null without such a wave.
 */
export async function referenceSource(
  db: Db,
  target: {
    campaign: CampaignRow;
    instrument: LoadedInstrumentVersion;
    organisationId: number;
    now: Date;
  },
): Promise<ReferenceSource | null> {
  const { compiled } = target.instrument;
  const wave = await referenceWave(db, { campaignId: target.campaign.id, compiled }, target.now);
  if (!wave) return null;
  const [self] = await benchmarkPeers(db, [target.organisationId]);
  if (!self) return null;
  const scales = contextScales(compiled);
  const nodeIds = [...profileNodeIds(compiled.nodes), ...scales.map((node) => node.id)];
  const organisations = (await waveOrganisationScores(db, wave.campaign.id, nodeIds)).filter(
    (org) => org.kind === self.kind,
  );
  const minimum = disclosureRules(compiled.rules).minBenchmarkGroup;
  const me = { organisationId: String(self.id), province: self.province, sizeClass: self.size_class };
  const { models, drivers } = await leverDrivers(db, wave, target.now);
  return {
    wave: { id: wave.campaign.id, name: wave.campaign.name },
    weighting: "balanced",
    nodes: nodeIds.map((nodeId) => ({
      nodeId,
      groups: discloseReference(
        me,
        organisations.map((org) => ({
          organisationId: String(org.organisationId),
          score: org.scores.get(nodeId) ?? null,
          province: org.province,
          sizeClass: org.sizeClass,
        })),
        SCOPES,
        minimum,
      ),
    })),
    scales: scales.map((node) => ({ nodeId: node.id, label: node.label })),
    models,
    drivers,
  };
}
