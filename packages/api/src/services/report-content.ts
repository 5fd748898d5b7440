import type { Database } from "@maturo/db";
import { DEFAULT_FRAMEWORK, type LocalizedText } from "@maturo/model";
import type { Kysely } from "kysely";
import { notFound } from "../errors.js";
import type { CampaignRow } from "./campaign-access.js";
import { loadInstrumentVersion } from "./instruments.js";
import { type Recommendations, recommendationsFor } from "./report-recommendations.js";

export interface ReportItemMeta {
  id: string;
  node: string;
  text: LocalizedText;
  tags: readonly string[];
  reverse: boolean;
}

export interface ReportContext {
  organisation: { id: number; code: string; name: string; province: string | null; sizeClass: string | null };
  /** The items of the campaign's instrument in questionnaire order, with their texts. */
  items: ReportItemMeta[];
  lens: { id: string; label: LocalizedText; tags: { id: string; label: LocalizedText }[] }[];
  thresholds: { capability: number; legacy: number };
  /** The quadrant's profiles, for drawing all four. */
  profiles: {
    id: string;
    name: LocalizedText;
    capability: "below" | "atOrAbove";
    legacy: "below" | "atOrAbove";
  }[];
  /** Null while the results are withheld. */
  recommendations: Recommendations | null;
}

/** The parts of results.overview the report context needs (kept structural, to avoid a cycle). */
export interface OverviewLike {
  status: "shown" | "withheld";
  scores?: readonly { nodeId: string; mean: number | null }[];
  items?: readonly { itemId: string; percentPositive: number | null }[];
}

/** Texts and recommendations that go with an organisation's results: what the dashboard and PDF show. */
export async function reportContext(
  db: Kysely<Database>,
  campaign: CampaignRow,
  organisationId: number,
  overview: OverviewLike,
): Promise<ReportContext> {
  const org = await db
    .selectFrom("organisations")
    .select(["id", "code", "name", "province", "size_class"])
    .where("id", "=", organisationId)
    .executeTakeFirst();
  if (!org) throw notFound("organisation");
  const version = await loadInstrumentVersion(db, campaign.instrument_version_id);
  const compiled = version.compiled;
  return {
    organisation: {
      id: org.id,
      code: org.code,
      name: org.name,
      province: org.province,
      sizeClass: org.size_class,
    },
    items: compiled.items.map((item) => ({
      id: item.id,
      node: item.node,
      text: item.text,
      tags: item.tags,
      reverse: item.reverse,
    })),
    lens: DEFAULT_FRAMEWORK.lenses.map((lens) => ({
      id: lens.id,
      label: lens.label,
      tags: lens.tags.map((tag) => ({ id: tag.id, label: tag.label })),
    })),
    thresholds: compiled.thresholds,
    profiles: compiled.profiles.map((p) => ({
      id: p.id,
      name: p.name,
      capability: p.capability,
      legacy: p.legacy,
    })),
    recommendations:
      overview.status === "shown"
        ? recommendationsFor(overview.scores ?? [], overview.items ?? [], compiled.thresholds.capability)
        : null,
  };
}
