import {
  isAsked,
  type NodeId,
  type NormalizedItem,
  type NormalizedNode,
  type NormalizedScale,
  ROLES,
} from "@maturo/model";
import type { ExportAnswer, ExportDataset, ExportRow } from "./dataset.js";
import { ExportError } from "./export-error.js";
import { exportTexts, localize } from "./labels.js";
import { VariableNamer } from "./variable-names.js";

/**
 * User-missing codes of answer variables, the same in every format (docs/architecture.md, "Scoring
 * rules").
 */
export const MISSING_CODES = { notAsked: -7, dontKnow: -8, notAnswered: -9 } as const;
export type MissingReason = keyof typeof MISSING_CODES;

/**
 * - `text`: a string column (ids, organisation, province, size class, role).
 * - `datetime`: UTC `YYYY-MM-DD HH:MM:SS` text in CSV, a date cell in XLSX.
 * - `answer`: integer point 1..k, or a missing code.
 * - `score`: a 0–100 number, empty when missing.
 */
export type VariableKind = "text" | "datetime" | "answer" | "score";

export interface ValueLabel {
  readonly value: number | string;
  readonly label: string;
}

export interface MissingCode {
  readonly code: number;
  readonly reason: MissingReason;
  readonly label: string;
}

export interface ExportVariable {
  /** Unique name, valid in SPSS and R (see `variableName`). */
  readonly name: string;
  readonly label: string;
  readonly kind: VariableKind;
  readonly measure: "nominal" | "ordinal" | "scale";
  /** What the column comes from: a row field, an item id or a node id. */
  readonly source: string;
  readonly valueLabels: readonly ValueLabel[];
  /** User-missing codes (answer variables only). */
  readonly missing: readonly MissingCode[];
  /** Decimals to display (2 for scores). */
  readonly decimals: number;
  readonly item: NormalizedItem | null;
  readonly node: NodeId | null;
}

/** A cell: text, a number, or null for an empty (system-missing) cell. */
export type ExportCell = string | number | null;

export interface ProvenanceEntry {
  /** A name valid as an SPSS attribute and an R list name, e.g. `instrument_hash`. */
  readonly key: string;
  readonly value: string | number;
}

/** The one tabular form every format is written from, so all formats agree cell for cell. */
export interface ExportTable {
  readonly variables: readonly ExportVariable[];
  readonly rows: readonly (readonly ExportCell[])[];
  readonly provenance: readonly ProvenanceEntry[];
}

function scaleOf(item: NormalizedItem, scales: readonly NormalizedScale[]): NormalizedScale | undefined {
  return scales.find((scale) => scale.plugin === item.plugin && scale.id === item.scale);
}

function defaultScoreNodes(dataset: ExportDataset): NodeId[] {
  const { nodes, items } = dataset.instrument;
  const dimensions = new Set(nodes.filter((node) => node.kind === "dimension").map((node) => node.id));
  const withItems = new Set(items.map((item) => item.node));
  const withScores = new Set(dataset.rows.flatMap((row) => Object.keys(row.scores)));
  return nodes
    .filter(
      (node) =>
        node.kind !== "group" &&
        (dimensions.has(node.id) ||
          (node.parent !== null && dimensions.has(node.parent)) ||
          withItems.has(node.id) ||
          withScores.has(node.id)),
    )
    .map((node) => node.id);
}

/**
 * Answer of a row to an item: the given answer, else — derived — "na" (not asked) when `isAsked`
 * of @maturo/model says the role or a condition anywhere up its chain of `showIf` excludes the item
 * (as scoring decides), else null (asked, not answered). `items` are the instrument's items by id,
 * where a condition looks up its controlling item.
 */
export function resolveAnswer(
  row: ExportRow,
  item: NormalizedItem,
  items: ReadonlyMap<string, NormalizedItem>,
): ExportAnswer {
  const given = row.answers[item.id];
  if (given !== undefined) return given;
  return isAsked(item, row.role, row.answers, items) ? null : "na";
}

function answerCell(answer: ExportAnswer): number {
  if (answer === "dk") return MISSING_CODES.dontKnow;
  if (answer === "na") return MISSING_CODES.notAsked;
  if (answer === null) return MISSING_CODES.notAnswered;
  return answer;
}

/** `2024-01-05T10:11:12.345Z` → `2024-01-05 10:11:12` (UTC), or null when not a date. */
export function formatTimestamp(iso: string): string | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

function validate(dataset: ExportDataset, scoreNodes: readonly NodeId[]): string[] {
  const problems: string[] = [];
  const { items, nodes } = dataset.instrument;
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const nodeIds = new Set(nodes.map((node) => node.id));
  if (formatTimestamp(dataset.campaign.exportedAt) === null) {
    problems.push(`campaign.exportedAt: not an ISO date "${dataset.campaign.exportedAt}"`);
  }
  for (const item of items) {
    const scale = scaleOf(item, dataset.instrument.scales);
    if (!scale)
      problems.push(`items.${item.id}: scale "${item.plugin}/${item.scale}" is not in instrument.scales`);
  }
  for (const id of scoreNodes) if (!nodeIds.has(id)) problems.push(`scoreNodes: unknown node "${id}"`);
  const seen = new Set<string>();
  dataset.rows.forEach((row, index) => {
    const at = `rows[${index}]`;
    if (row.respondentId === "") problems.push(`${at}.respondentId: empty`);
    else if (seen.has(row.respondentId)) problems.push(`${at}.respondentId: duplicate "${row.respondentId}"`);
    seen.add(row.respondentId);
    if (!ROLES.includes(row.role)) problems.push(`${at}.role: unknown role "${String(row.role)}"`);
    if (row.submittedAt && formatTimestamp(row.submittedAt) === null) {
      problems.push(`${at}.submittedAt: not an ISO date "${row.submittedAt}"`);
    }
    for (const [itemId, answer] of Object.entries(row.answers)) {
      const item = itemsById.get(itemId);
      if (!item) {
        problems.push(`${at}.answers.${itemId}: unknown item`);
        continue;
      }
      if (typeof answer === "number") {
        if (!Number.isInteger(answer) || answer < 1 || answer > item.points) {
          problems.push(`${at}.answers.${itemId}: ${answer} is not a point 1..${item.points}`);
        }
      } else if (answer === "dk" && !item.dontKnow) {
        problems.push(`${at}.answers.${itemId}: "dk" but the scale offers no "don't know"`);
      } else if (answer !== "dk" && answer !== "na" && answer !== null) {
        problems.push(`${at}.answers.${itemId}: unknown answer ${JSON.stringify(answer)}`);
      }
      if ((typeof answer === "number" || answer === "dk") && !item.roles.includes(row.role)) {
        problems.push(`${at}.answers.${itemId}: answered, but the role "${row.role}" is not asked this item`);
      }
    }
    for (const [nodeId, score] of Object.entries(row.scores)) {
      if (!nodeIds.has(nodeId)) problems.push(`${at}.scores.${nodeId}: unknown node`);
      else if (score !== null && (typeof score !== "number" || !Number.isFinite(score))) {
        problems.push(`${at}.scores.${nodeId}: not a finite number`);
      }
    }
  });
  return problems;
}

function provenanceOf(dataset: ExportDataset): ProvenanceEntry[] {
  const { campaign, rows } = dataset;
  const entries: ProvenanceEntry[] = [
    { key: "campaign_id", value: campaign.id },
    { key: "campaign_name", value: campaign.name },
    { key: "instrument_hash", value: campaign.instrumentHash },
  ];
  if (campaign.instrumentVersion)
    entries.push({ key: "instrument_version", value: campaign.instrumentVersion });
  entries.push(
    { key: "exported_at_utc", value: formatTimestamp(campaign.exportedAt) ?? campaign.exportedAt },
    { key: "n_respondents", value: rows.length },
    { key: "n_organisations", value: new Set(rows.map((row) => row.organisationCode)).size },
    { key: "locale", value: dataset.locale },
    {
      key: "identifiers",
      value: dataset.identified
        ? "identified: organisation code and name; respondent_id is pseudonymous (not a name, e-mail address or access token)"
        : "pseudonymised, not anonymous: organisation_pseudonym holds only within this campaign; respondent_id is not a name, e-mail address or access token; submission date without time",
    },
    {
      key: "missing_codes",
      value: `${MISSING_CODES.dontKnow} = don't know, ${MISSING_CODES.notAnswered} = not answered, ${MISSING_CODES.notAsked} = not asked (role or condition); empty score = missing or not applicable`,
    },
    { key: "generator", value: "Maturo (@maturo/exports)" },
  );
  return entries;
}

function nodeLabel(nodes: readonly NormalizedNode[], id: NodeId, dataset: ExportDataset): string {
  return localize(nodes.find((node) => node.id === id)?.label, dataset.locale, id);
}

/**
 * Validate the dataset and lay it out as one table: fixed columns, one column per item in
 * questionnaire order, one per score node. Throws ExportError listing every problem.
 */
export function buildExportTable(dataset: ExportDataset): ExportTable {
  const scoreNodes = dataset.scoreNodes ?? defaultScoreNodes(dataset);
  const problems = validate(dataset, scoreNodes);
  if (problems.length > 0) throw new ExportError(problems);

  const texts = exportTexts(dataset.locale);
  const namer = new VariableNamer();
  const fixed = (
    name: string,
    label: string,
    source: string,
    kind: VariableKind = "text",
    valueLabels: readonly ValueLabel[] = [],
  ): ExportVariable => ({
    name: namer.reserve(name),
    label,
    kind,
    measure: kind === "datetime" ? "scale" : "nominal",
    source,
    valueLabels,
    missing: [],
    decimals: 0,
    item: null,
    node: null,
  });
  const identified = dataset.identified === true;
  const variables: ExportVariable[] = [
    fixed("respondent_id", texts.respondentId, "respondentId"),
    ...(identified
      ? [
          fixed("organisation_code", texts.organisationCode, "organisationCode"),
          fixed("organisation_name", texts.organisationName, "organisationName"),
        ]
      : [fixed("organisation_pseudonym", texts.organisationPseudonym, "organisationCode")]),
    fixed("province", texts.province, "province"),
    fixed("size_class", texts.sizeClass, "sizeClass"),
    fixed(
      "role",
      texts.role,
      "role",
      "text",
      ROLES.map((role) => ({ value: role, label: texts.roles[role] })),
    ),
    identified
      ? fixed("submitted_at", texts.submittedAt, "submittedAt", "datetime")
      : fixed("submitted_on", texts.submittedOn, "submittedAt"),
  ];
  const { items, scales, nodes } = dataset.instrument;
  for (const item of items) {
    const scale = scaleOf(item, scales);
    const pointLabels = scale?.labels[dataset.locale] ?? scale?.labels.en ?? [];
    const valueLabels: ValueLabel[] = [];
    for (let point = 1; point <= item.points; point++) {
      valueLabels.push({ value: point, label: pointLabels[point - 1] ?? String(point) });
    }
    variables.push({
      name: namer.name(item.id),
      label: localize(item.text, dataset.locale, item.id),
      kind: "answer",
      measure: "ordinal",
      source: item.id,
      valueLabels,
      missing: [
        {
          code: MISSING_CODES.dontKnow,
          reason: "dontKnow",
          label: localize(scale?.dontKnowLabel, dataset.locale, texts.dontKnow),
        },
        { code: MISSING_CODES.notAnswered, reason: "notAnswered", label: texts.notAnswered },
        { code: MISSING_CODES.notAsked, reason: "notAsked", label: texts.notAsked },
      ],
      decimals: 0,
      item,
      node: item.node,
    });
  }
  for (const nodeId of scoreNodes) {
    variables.push({
      name: namer.name(nodeId, "score_"),
      label: texts.score(nodeLabel(nodes, nodeId, dataset)),
      kind: "score",
      measure: "scale",
      source: nodeId,
      valueLabels: [],
      missing: [],
      decimals: 2,
      item: null,
      node: nodeId,
    });
  }

  const byId = new Map(items.map((item) => [item.id, item]));
  const submitted = (row: ExportRow): string | null => {
    const at = row.submittedAt ? formatTimestamp(row.submittedAt) : null;
    return identified || at === null ? at : at.slice(0, 10);
  };
  const rows = dataset.rows.map((row): ExportCell[] => [
    row.respondentId,
    ...(identified ? [row.organisationCode, row.organisationName ?? null] : [row.organisationCode]),
    row.province ?? null,
    row.sizeClass ?? null,
    row.role,
    submitted(row),
    ...items.map((item) => answerCell(resolveAnswer(row, item, byId))),
    ...scoreNodes.map((nodeId) => row.scores[nodeId] ?? null),
  ]);
  return { variables, rows, provenance: provenanceOf(dataset) };
}
