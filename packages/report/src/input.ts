import type {
  CompiledInstrument,
  Lens,
  LensTag,
  LocalizedText,
  NormalizedItem,
  NormalizedNode,
  Profile,
  ScoringRules,
} from "@maturo/model";
import type { Role } from "@maturo/model/vocabulary";
import type { ItemGroupDisclosure } from "./disclosure/item-groups.js";
import type { GapDisclosure, GroupFigure } from "./disclosure/node-figure.js";
import type { DisclosureReason } from "./disclosure/reasons.js";

/**
 * What the report is built from, typed by shape only: the API's results overview and trend, the
 * organisation, and the campaign's pinned instrument. Keeping these structural lets the API depend on
 * this package and never the reverse.
 */

export type BenchmarkScopeChoice = "all" | "province" | "sizeClass";
export type Weighting = "equal" | "balanced";

export interface ReportOrganisation {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly province: string | null;
  readonly sizeClass: string | null;
}

export type InstrumentNode = NormalizedNode;
export type InstrumentItem = Pick<NormalizedItem, "id" | "node" | "text" | "tags" | "reverse"> & {
  /** A reverse-coded item's positive phrasing; absent or null when the instrument gives none. */
  readonly positiveText?: LocalizedText | null | undefined;
};
export type InstrumentLens = Pick<Lens, "id" | "label"> & {
  readonly tags: readonly Pick<LensTag, "id" | "label">[];
};
export type InstrumentProfile = Pick<Profile, "id" | "name" | "capability" | "legacy">;

/** The campaign's pinned instrument: its compiled nodes, items and profiles, and the framework's lenses. */
export type ReportInstrument = Pick<CompiledInstrument, "nodes" | "axes" | "thresholds"> & {
  readonly items: readonly InstrumentItem[];
  readonly profiles: readonly InstrumentProfile[];
  readonly lenses: readonly InstrumentLens[];
  readonly rules: Pick<ScoringRules, "minGroupSize" | "minBenchmarkGroup">;
};

/** One role group's mean and count. */
export type RoleGroupSummary = GroupFigure;

/** Management against staff, as the disclosure module decides it. */
export type GapFigure = GapDisclosure;

export interface OverviewScore {
  readonly nodeId: string;
  readonly kind: string;
  readonly label: LocalizedText;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly n: number;
  readonly withheld: boolean;
  /** Why the mean is withheld (docs/architecture.md, "Disclosure control"); null when shown. */
  readonly reason: DisclosureReason | null;
  readonly breakdown: { readonly gap: GapFigure };
}

export type BenchmarkGroup =
  | {
      readonly scope: string;
      readonly status: "shown";
      readonly percentileRank: number;
      readonly groupMean: number;
      readonly groupSize: number;
    }
  | {
      readonly scope: string;
      readonly status: "withheld";
      readonly reason: DisclosureReason;
      readonly groupSize: number;
    };

export interface OverviewItem {
  readonly itemId: string;
  readonly n: number;
  readonly percentPositive: number | null;
  readonly withheld: boolean;
  readonly reason: DisclosureReason | null;
}

/** An item's management and staff figures, as the disclosure module decides them. */
export interface OverviewItemGroups {
  readonly itemId: string;
  readonly groups: ItemGroupDisclosure;
}

export interface ItemPercent {
  readonly itemId: string;
  readonly percentPositive: number | null;
}

export interface OverviewProfile {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly description?: LocalizedText;
  readonly recommendations?: readonly LocalizedText[];
}

/** What every overview states, withheld or shown; the report model repeats most of it. */
export interface OverviewHead {
  readonly campaign: { readonly id: number; readonly name: string };
  readonly respondents: number;
  readonly minGroupSize: number;
  readonly weighting: Weighting;
  /** The time rule: changes not yet in the figures, and how many more until they are refreshed. */
  readonly refresh: { readonly pending: number; readonly remaining: number };
  /** Submissions per role: live counts, which reveal no answer (docs/architecture.md, "Privacy"). */
  readonly participation?: { readonly submitted: Readonly<Record<Role, number>> };
}

/** The results overview of one organisation in one campaign, as the API returns it. */
export type ReportOverview =
  | (OverviewHead & { readonly status: "withheld" })
  | (OverviewHead & {
      readonly status: "shown";
      readonly scores: readonly OverviewScore[];
      readonly profile: OverviewProfile | null;
      readonly items: readonly OverviewItem[];
      /** Per item, management against staff; null (or absent) when the figures last shown lack them. */
      readonly itemGroups?: readonly OverviewItemGroups[] | null;
      readonly strengthsAndChallenges: {
        readonly strengths: readonly ItemPercent[];
        readonly challenges: readonly ItemPercent[];
      };
      readonly lens: readonly {
        readonly tag: string;
        readonly percentPositive: number;
        readonly items: number;
      }[];
      readonly benchmarks: readonly { readonly nodeId: string; readonly groups: readonly BenchmarkGroup[] }[];
    });

export type ShownOverview = Extract<ReportOverview, { status: "shown" }>;

/** One campaign of the organisation's trend: node id → score (null when withheld). */
export interface TrendPoint {
  readonly campaignId: number;
  readonly name: string;
  readonly opensAt: string;
  readonly respondents: number;
  readonly scores: Readonly<Record<string, number | null>>;
}
