import type { ScoreColumns } from "./columns.js";

/** Who a model's rows are: every respondent, each organisation (its respondents' mean), or directors only. */
export const ANALYSIS_LEVELS = ["respondent", "organisation", "director"] as const;
export type AnalysisLevel = (typeof ANALYSIS_LEVELS)[number];

/** The strata columns a model may control for, as treatment-coded factors. */
export const CONTROL_FACTORS = ["province", "size_class"] as const;
export type ControlFactor = (typeof CONTROL_FACTORS)[number];

export interface Respondent {
  responseId: number;
  organisationId: number;
  role: string;
  province: string | null;
  sizeClass: string | null;
}

/** A model's data: score columns per node plus `organisation`, `province`, `size_class` and `weight`. */
export interface LevelData {
  n: number;
  columns: Record<string, (number | string | null)[]>;
}

/** The column names the level adds next to the node scores. */
export const ORGANISATION_COLUMN = "organisation";
export const WEIGHT_COLUMN = "weight";

/**
 * The rows of a model at `level` (docs/decisions.md, "Research methods in the console"). An
 * organisation's row is the mean of its respondents' scores per node (research data: no minimum
 * group). With organisation weights, a respondent-level row weighs its organisation's weight divided
 * by the organisation's number of respondents (directors at director level), so every organisation
 * weighs what raking gave it.
 */
export function levelData(
  scores: ScoreColumns,
  respondents: readonly Respondent[],
  level: AnalysisLevel,
  organisationWeights?: ReadonlyMap<number, number>,
): LevelData {
  const byResponse = new Map(respondents.map((r) => [r.responseId, r]));
  const rows = scores.responseIds.flatMap((responseId, index) => {
    const who = byResponse.get(responseId);
    return who && (level !== "director" || who.role === "director") ? [{ index, who }] : [];
  });
  const groups = new Map<number, { who: Respondent; members: number[] }>();
  for (const { index, who } of rows) {
    const group = groups.get(who.organisationId) ?? { who, members: [] };
    group.members.push(index);
    groups.set(who.organisationId, group);
  }
  const nodes = Object.keys(scores.columns);
  const weightOf = (organisationId: number, share: number): number | null =>
    organisationWeights === undefined ? null : (organisationWeights.get(organisationId) ?? 0) / share;

  if (level === "organisation") {
    const organisations = [...groups.values()];
    const columns: LevelData["columns"] = {};
    for (const node of nodes) {
      const column = scores.columns[node] as (number | null)[];
      columns[node] = organisations.map(({ members }) => {
        const present = members
          .map((i) => column[i])
          .filter((v): v is number => v !== null && v !== undefined);
        return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
      });
    }
    // Province and size class are the organisation's, the same on every respondent's row.
    columns[ORGANISATION_COLUMN] = organisations.map(({ who }) => String(who.organisationId));
    columns.province = organisations.map(({ who }) => who.province);
    columns.size_class = organisations.map(({ who }) => who.sizeClass);
    columns[WEIGHT_COLUMN] = organisations.map(({ who }) => weightOf(who.organisationId, 1));
    return { n: organisations.length, columns };
  }

  const columns: LevelData["columns"] = {};
  for (const node of nodes) {
    const column = scores.columns[node] as (number | null)[];
    columns[node] = rows.map(({ index }) => column[index] ?? null);
  }
  columns[ORGANISATION_COLUMN] = rows.map(({ who }) => String(who.organisationId));
  columns.province = rows.map(({ who }) => who.province);
  columns.size_class = rows.map(({ who }) => who.sizeClass);
  columns[WEIGHT_COLUMN] = rows.map(({ who }) =>
    weightOf(who.organisationId, groups.get(who.organisationId)?.members.length ?? 1),
  );
  return { n: rows.length, columns };
}
