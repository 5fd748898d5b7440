import type { LocalizedText } from "@maturo/model";
import { reasonMessage } from "./disclosure/reason-message.js";
import type { DisclosureRules } from "./disclosure/rules.js";
import type { InstrumentItem, ItemPercent, ShownOverview } from "./input.js";
import type { ReportMessage } from "./localize.js";

/** A statement of the questionnaire with its % positive. */
export interface Statement {
  readonly itemId: string;
  readonly text: LocalizedText;
  /** Negatively worded: "100% positive" means everyone disagreed, so the report says so. */
  readonly reverse: boolean;
  readonly percentPositive: number | null;
}

export interface StatementRow extends Statement {
  /** The node the statement measures. */
  readonly node: string;
  readonly nodeLabel: LocalizedText;
  readonly n: number;
  readonly withheld: ReportMessage | null;
}

function statement(item: ItemPercent, meta: ReadonlyMap<string, InstrumentItem>): Statement {
  const found = meta.get(item.itemId);
  return {
    itemId: item.itemId,
    text: found?.text ?? { en: item.itemId },
    reverse: found?.reverse ?? false,
    percentPositive: item.percentPositive,
  };
}

/** Strengths and challenges as the overview ranked them, with their texts. */
export function strengthsAndChallenges(
  overview: ShownOverview,
  items: readonly InstrumentItem[],
): { strengths: Statement[]; challenges: Statement[] } {
  const meta = new Map(items.map((item) => [item.id, item]));
  return {
    strengths: overview.strengthsAndChallenges.strengths.map((s) => statement(s, meta)),
    challenges: overview.strengthsAndChallenges.challenges.map((s) => statement(s, meta)),
  };
}

/** % positive of every statement of the profile's nodes (context scales left out), in questionnaire order. */
export function statementRows(
  overview: ShownOverview,
  items: readonly InstrumentItem[],
  profileNodes: ReadonlySet<string>,
  rules: DisclosureRules,
): StatementRow[] {
  const meta = new Map(items.map((item) => [item.id, item]));
  return overview.items
    .filter((item) => {
      const node = meta.get(item.itemId)?.node;
      return node !== undefined && profileNodes.has(node);
    })
    .map((item) => {
      const node = meta.get(item.itemId)?.node ?? "";
      const shown = !item.withheld && item.reason === null && item.n >= rules.minGroupSize;
      return {
        ...statement({ itemId: item.itemId, percentPositive: shown ? item.percentPositive : null }, meta),
        node,
        nodeLabel: overview.scores.find((s) => s.nodeId === node)?.label ?? { en: node },
        n: item.n,
        withheld: shown ? null : reasonMessage(item.reason ?? "too-few-respondents", rules),
      };
    });
}
