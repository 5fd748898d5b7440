import type { LocalizedText } from "@maturo/model";
import type { ItemGroupFigure } from "./disclosure/item-groups.js";
import { reasonMessage } from "./disclosure/reason-message.js";
import type { DisclosureRules } from "./disclosure/rules.js";
import { fill } from "./fill.js";
import type { InstrumentItem, ShownOverview } from "./input.js";
import type { ReportMessage } from "./localize.js";
import { type PhrasedText, type Phrasing, phrasedByMeaning } from "./phrasing.js";
import { reportText } from "./texts.js";

/** Statements whose groups differ by fewer percentage points are not listed as disagreement. */
export const DISAGREEMENT_MIN_POINTS = 10;
/** At most this many statements are listed, largest difference first. */
export const DISAGREEMENT_MAX_ROWS = 5;

/** One statement on which management and staff differ, with a question to open the conversation. */
export interface DisagreementRow {
  readonly itemId: string;
  /** The statement phrased by its meaning (as in the strengths): the % are of these words. */
  readonly text: LocalizedText;
  readonly phrasing: Phrasing;
  readonly node: string;
  readonly nodeLabel: LocalizedText;
  /** % positive and valid answers of the general director and management team together. */
  readonly management: ItemGroupFigure;
  readonly staff: ItemGroupFigure;
  /** Management's % positive minus staff's, in percentage points. */
  readonly difference: number;
  /** "Management is more positive than staff about …: ask …", in Dutch and English. */
  readonly starter: LocalizedText;
}

/** Where management and staff differ most (DESIGN §11), under the disclosure rules. */
export interface Disagreement {
  /** The smallest difference listed, in percentage points. */
  readonly minDifference: number;
  /** Statements of the profile whose two groups could be compared under the rules. */
  readonly compared: number;
  /** Largest difference first; empty when none reaches `minDifference` or when withheld. */
  readonly rows: readonly DisagreementRow[];
  /** Why no statement could be compared (a role group below k); null when some could. */
  readonly withheld: ReportMessage | null;
}

/**
 * The question that goes with a difference. A statement only phrased as "Disagreed with: “…”" is
 * named as written, as the group that disagreed more often, so that no quote nests in another.
 */
function starter(item: InstrumentItem, phrased: PhrasedText, difference: number): LocalizedText {
  const disagreed = phrased.phrasing === "disagreed-with";
  const managementHigher = difference > 0;
  const key = disagreed
    ? managementHigher
      ? "starterManagementDisagrees"
      : "starterStaffDisagrees"
    : managementHigher
      ? "starterManagementHigher"
      : "starterStaffHigher";
  const points = Math.round(Math.abs(difference));
  return Object.fromEntries(
    Object.entries(disagreed ? item.text : phrased.text).map(([locale, words]) => [
      locale,
      fill(reportText[locale === "nl" ? "nl" : "en"][key], { text: words, points }),
    ]),
  );
}

/**
 * The statements of the profile's nodes on which management's and staff's % positive lie furthest
 * apart, as the disclosure module released them (both groups or neither), ranked by the size of the
 * difference, ties in questionnaire order.
 */
export function disagreement(
  overview: ShownOverview,
  items: readonly InstrumentItem[],
  profileNodes: ReadonlySet<string>,
  rules: DisclosureRules,
): Disagreement {
  const meta = new Map(items.map((item) => [item.id, item]));
  const order = new Map(items.map((item, index) => [item.id, index]));
  const profileItems = (overview.itemGroups ?? []).filter((entry) =>
    profileNodes.has(meta.get(entry.itemId)?.node ?? ""),
  );
  const rows: DisagreementRow[] = [];
  for (const { itemId, groups } of profileItems) {
    const item = meta.get(itemId);
    if (!item || groups.status !== "shown") continue;
    const phrased = phrasedByMeaning(item);
    rows.push({
      itemId,
      ...phrased,
      node: item.node,
      nodeLabel: overview.scores.find((s) => s.nodeId === item.node)?.label ?? { en: item.node },
      management: groups.management,
      staff: groups.staff,
      difference: groups.difference,
      starter: starter(item, phrased, groups.difference),
    });
  }
  const compared = rows.length;
  const listed = rows
    .filter((row) => Math.abs(row.difference) >= DISAGREEMENT_MIN_POINTS)
    .sort(
      (a, b) =>
        Math.abs(b.difference) - Math.abs(a.difference) ||
        (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0),
    )
    .slice(0, DISAGREEMENT_MAX_ROWS);
  const firstWithheld = profileItems.find((entry) => entry.groups.status === "withheld")?.groups;
  const reason =
    overview.itemGroups == null
      ? "awaiting-refresh"
      : firstWithheld?.status === "withheld"
        ? firstWithheld.reason
        : "role-group-small";
  return {
    minDifference: DISAGREEMENT_MIN_POINTS,
    compared,
    rows: listed,
    withheld: compared > 0 ? null : reasonMessage(reason, rules),
  };
}
