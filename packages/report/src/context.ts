import type { LocalizedText } from "@maturo/model";
import { type DisclosureRules, disclosureRules } from "./disclosure/rules.js";
import type {
  InstrumentItem,
  InstrumentLens,
  InstrumentProfile,
  ReportInstrument,
  ReportOrganisation,
  ReportOverview,
} from "./input.js";
import { profileNodeIds } from "./node-order.js";
import { type Recommendations, recommendationsFor } from "./recommendations.js";
import type { ReferenceSource } from "./reference-rows.js";

export interface ReportAxis {
  readonly id: string;
  readonly label: LocalizedText;
}

/**
 * What goes with the results overview to make the report: the organisation and the parts of the
 * campaign's pinned instrument the report reads (items, lenses, profiles, the profile's nodes, the
 * disclosure thresholds), plus the recommendations for these results. Plain data, so the API can send
 * it to the web page, which builds the same report model as the PDF from it.
 */
export interface ReportContext {
  readonly organisation: ReportOrganisation;
  /** The instrument's items in questionnaire order. */
  readonly items: readonly InstrumentItem[];
  readonly lens: readonly InstrumentLens[];
  readonly thresholds: { readonly capability: number; readonly legacy: number };
  /** The quadrant's profiles, for drawing all of them. */
  readonly profiles: readonly InstrumentProfile[];
  /** Each dimension followed by its categories: the rows of the profile, benchmark and gap tables. */
  readonly profileNodes: readonly string[];
  readonly axes: { readonly capability: ReportAxis; readonly legacy: ReportAxis };
  readonly rules: DisclosureRules;
  /** Null while the results are withheld. */
  readonly recommendations: Recommendations | null;
  /** The latest closed research wave with the same nodes (DESIGN §11); null or absent when there is none. */
  readonly reference?: ReferenceSource | null;
}

function axis(instrument: ReportInstrument, id: string): ReportAxis {
  return { id, label: instrument.nodes.find((node) => node.id === id)?.label ?? { en: id } };
}

/** The report's context from the pinned instrument (never a default framework) and the overview. */
export function reportContext(input: {
  organisation: ReportOrganisation;
  instrument: ReportInstrument;
  overview: ReportOverview;
}): ReportContext {
  const { organisation, instrument, overview } = input;
  return {
    organisation: {
      id: organisation.id,
      code: organisation.code,
      name: organisation.name,
      province: organisation.province,
      sizeClass: organisation.sizeClass,
    },
    items: instrument.items.map((item) => ({
      id: item.id,
      node: item.node,
      text: item.text,
      tags: item.tags,
      reverse: item.reverse,
      positiveText: item.positiveText ?? null,
    })),
    lens: instrument.lenses.map((lens) => ({
      id: lens.id,
      label: lens.label,
      tags: lens.tags.map((tag) => ({ id: tag.id, label: tag.label })),
    })),
    thresholds: instrument.thresholds,
    profiles: instrument.profiles.map((p) => ({
      id: p.id,
      name: p.name,
      capability: p.capability,
      legacy: p.legacy,
    })),
    profileNodes: profileNodeIds(instrument.nodes),
    axes: {
      capability: axis(instrument, instrument.axes.capability),
      legacy: axis(instrument, instrument.axes.legacy),
    },
    rules: disclosureRules(instrument.rules),
    recommendations:
      overview.status === "shown"
        ? recommendationsFor(overview.scores, overview.items, instrument.thresholds.capability)
        : null,
  };
}
