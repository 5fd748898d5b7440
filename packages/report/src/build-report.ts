import type { LocalizedText } from "@maturo/model";
import { type BenchmarkRow, benchmarkRows } from "./benchmark-rows.js";
import type { ReportContext } from "./context.js";
import { type Disagreement, disagreement } from "./disagreement.js";
import type { DisclosureRules } from "./disclosure/rules.js";
import { type GapRow, gapRows } from "./gap-rows.js";
import type {
  BenchmarkScopeChoice,
  OverviewHead,
  ReportOrganisation,
  ReportOverview,
  TrendPoint,
} from "./input.js";
import { type LensRow, lensRows } from "./lens-rows.js";
import type { ReportMessage } from "./localize.js";
import { type Position, position } from "./position.js";
import { type ProfileRow, profileRows } from "./profile-rows.js";
import type { Recommendations } from "./recommendations.js";
import {
  type LeverSection,
  leverSection,
  type ReferenceSection,
  referenceSection,
} from "./reference-rows.js";
import { type RoleResponse, responsesByRole } from "./responses.js";
import { type Statement, type StatementRow, statementRows, strengthsAndChallenges } from "./statements.js";
import { type TrendFigure, trendFigure } from "./trend-series.js";

/** The overview's head as the report shows it, with whose report it is and the disclosure rules applied. */
type ReportHead = Pick<OverviewHead, "campaign" | "respondents" | "weighting" | "refresh"> & {
  readonly organisation: ReportOrganisation;
  readonly rules: DisclosureRules;
  /** Submissions per role (the council summary's response); null when the overview does not say. */
  readonly responses: readonly RoleResponse[] | null;
};

/**
 * The municipality's report as data: every section's figures, labels (nl/en) and withheld reasons,
 * in reading order. The results page and the PDF both render it, so they show the same numbers.
 */
export type ReportModel =
  | (ReportHead & { readonly status: "withheld"; readonly reason: ReportMessage })
  | (ReportHead & {
      readonly status: "shown";
      readonly profile: { readonly threshold: number; readonly rows: readonly ProfileRow[] };
      readonly position: Position;
      readonly recommendations: Recommendations | null;
      readonly benchmark: {
        readonly scope: BenchmarkScopeChoice;
        readonly rows: readonly BenchmarkRow[];
        /** How many of the rows have a comparison (the others are withheld). */
        readonly compared: number;
      };
      readonly gap: readonly GapRow[];
      readonly lens: { readonly label: LocalizedText | null; readonly rows: readonly LensRow[] };
      readonly strengths: readonly Statement[];
      readonly challenges: readonly Statement[];
      readonly statements: readonly StatementRow[];
      readonly disagreement: Disagreement;
      readonly trend: TrendFigure;
      /** The reference wave's median and quartiles per profile node in the chosen scope; null without one. */
      readonly reference: ReferenceSection | null;
      /** The context scales ranked as levers against the reference wave; null without one. */
      readonly levers: LeverSection | null;
    });

export type ShownReport = Extract<ReportModel, { status: "shown" }>;

export interface ReportInput {
  readonly overview: ReportOverview;
  readonly trend: readonly TrendPoint[];
  readonly context: ReportContext;
  /** Which group of other organisations the benchmark compares with. */
  readonly scope: BenchmarkScopeChoice;
}

/** Builds the report model. Pure: the same input gives the same model. */
function benchmarkSection(
  rows: readonly BenchmarkRow[],
  scope: BenchmarkScopeChoice,
): ShownReport["benchmark"] {
  return { scope, rows, compared: rows.filter((row) => row.group !== null).length };
}

export function buildReport(input: ReportInput): ReportModel {
  const { overview, context } = input;
  const rules = context.rules;
  const head: ReportHead = {
    organisation: context.organisation,
    campaign: { id: overview.campaign.id, name: overview.campaign.name },
    respondents: overview.respondents,
    weighting: overview.weighting,
    rules,
    refresh: overview.refresh,
    responses: responsesByRole(overview),
  };
  const k = rules.minGroupSize;
  if (overview.status === "withheld" || overview.respondents < k)
    return {
      ...head,
      status: "withheld",
      reason: { key: "withheldReason", values: { min: k, n: overview.respondents } },
    };
  const nodes = context.profileNodes;
  return {
    ...head,
    status: "shown",
    profile: { threshold: context.thresholds.capability, rows: profileRows(overview, nodes, rules) },
    position: position(overview, context),
    recommendations: context.recommendations,
    benchmark: benchmarkSection(benchmarkRows(overview, nodes, input.scope, rules), input.scope),
    gap: gapRows(overview, nodes, rules),
    lens: { label: context.lens[0]?.label ?? null, rows: lensRows(overview, context.lens) },
    ...strengthsAndChallenges(overview, context.items),
    statements: statementRows(overview, context.items, new Set(nodes), rules),
    disagreement: disagreement(overview, context.items, new Set(nodes), rules),
    trend: trendFigure(input.trend, context.axes),
    reference: referenceSection(overview, context.reference ?? null, nodes, input.scope, rules),
    levers: leverSection(overview, context.reference ?? null, input.scope, rules),
  };
}
