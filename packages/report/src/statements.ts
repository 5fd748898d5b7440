import type { LocalizedText } from "@maturo/model";
import { reasonMessage } from "./disclosure/reason-message.js";
import type { DisclosureRules } from "./disclosure/rules.js";
import type { InstrumentItem, ItemPercent, ShownOverview } from "./input.js";
import type { ReportMessage } from "./localize.js";
import { type Phrasing, phrasedByMeaning } from "./phrasing.js";

/** A statement of the questionnaire with its % positive. */
export interface Statement {
  readonly itemId: string;
  /**
   * The statement as the report prints it, phrased by its meaning: a reverse-coded item by the
   * instrument's positive phrasing or as "Disagreed with: “…”", so % positive is the share that
   * agreed with exactly these words. Renderers print it as it is.
   */
  readonly text: LocalizedText;
  /** How `text` words the item: as written, by its positive phrasing, or as "Disagreed with". */
  readonly phrasing: Phrasing;
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
  const phrased = found
    ? phrasedByMeaning(found)
    : { text: { en: item.itemId }, phrasing: "as-written" as const };
  return { itemId: item.itemId, ...phrased, percentPositive: item.percentPositive };
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
