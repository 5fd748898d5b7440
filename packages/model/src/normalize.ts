import type { Framework, NodeId, NodeKind, Profile, ScoringRules } from "./framework.js";
import type { Instrument } from "./instrument.js";
import type { ItemId, SeedRef, ShowIf } from "./item.js";
import type { Locale, LocalizedText } from "./locale.js";
import { ROLES, type Role } from "./vocabulary/roles.js";

/** A framework node as consumers see it. `parent` is null for a root (capability, legacy, context). */
export interface NormalizedNode {
  readonly id: NodeId;
  readonly parent: NodeId | null;
  readonly kind: NodeKind;
  readonly label: LocalizedText;
}

/** A scale of one plugin. Scale ids are local to their plugin. */
export interface NormalizedScale {
  readonly plugin: string;
  readonly id: string;
  readonly points: number;
  readonly positive: readonly number[];
  readonly dontKnow: boolean;
  readonly labels: Readonly<Record<Locale, readonly string[]>>;
  readonly dontKnowLabel: LocalizedText | null;
}

/**
 * An item with every default filled in and its scale inlined, so scoring needs nothing else:
 * a k-point answer x scores (x − 1)/(k − 1) × 100, or (k − x)/(k − 1) × 100 when `reverse`.
 */
export interface NormalizedItem {
  readonly id: ItemId;
  readonly plugin: string;
  readonly section: string;
  readonly node: NodeId;
  /** Scale id, local to `plugin`. */
  readonly scale: string;
  /** k: answers are 1..points. */
  readonly points: number;
  /** Points counted as positive (before mirroring for reverse-coded items). */
  readonly positive: readonly number[];
  readonly reverse: boolean;
  /** Always the full list of roles asked, in ROLES order. */
  readonly roles: readonly Role[];
  readonly tags: readonly string[];
  readonly dontKnow: boolean;
  /** Asked only when the answer to `showIf.item` is one of `showIf.in`; null = always asked. */
  readonly showIf: ShowIf | null;
  readonly text: LocalizedText;
  /**
   * A reverse-coded item's statement phrased by its meaning (what % positive counts); null when the
   * plugin gives none, absent in an instrument frozen before the field existed.
   */
  readonly positiveText?: LocalizedText | null;
  readonly seed: SeedRef | null;
}

/** One plugin's instrument, normalised (the shape of `maturo plugin inspect`, without the hash). */
export interface NormalizedInstrument extends PluginRef {
  readonly locales: readonly Locale[];
  readonly title: LocalizedText;
  /** Every node of the framework, in framework order (parents before children). */
  readonly nodes: readonly NormalizedNode[];
  readonly scales: readonly NormalizedScale[];
  /** Items in questionnaire order. */
  readonly items: readonly NormalizedItem[];
}

export interface PluginRef {
  readonly id: string;
  readonly version: string;
  readonly apiVersion: number;
}

/** Several instruments merged over one framework: what scoring, the web app and exports consume. */
export interface CompiledInstrument {
  readonly framework: { readonly id: string; readonly version: string };
  readonly plugins: readonly PluginRef[];
  /** Locales every plugin supports. */
  readonly locales: readonly Locale[];
  readonly nodes: readonly NormalizedNode[];
  readonly scales: readonly NormalizedScale[];
  /** Items of all plugins, plugin by plugin in the given order. */
  readonly items: readonly NormalizedItem[];
  readonly axes: { readonly capability: NodeId; readonly legacy: NodeId };
  readonly thresholds: { readonly capability: number; readonly legacy: number };
  readonly profiles: readonly Profile[];
  readonly rules: ScoringRules;
}

/** Thrown only when an instrument that was not validated breaks an invariant normalisation needs. */
export class InvalidInstrumentError extends Error {
  readonly code = "invalid-instrument";
  constructor(message: string) {
    super(message);
    this.name = "InvalidInstrumentError";
  }
}

function normalizeNodes(framework: Framework): NormalizedNode[] {
  return framework.nodes.map((node) => ({
    id: node.id,
    parent: node.parent,
    kind: node.kind,
    label: node.label,
  }));
}

function normalizeScales(instrument: Instrument): NormalizedScale[] {
  return instrument.scales.map((scale) => ({
    plugin: instrument.id,
    id: scale.id,
    points: scale.points,
    positive: [...scale.positive].sort((a, b) => a - b),
    dontKnow: scale.dontKnow ?? false,
    labels: scale.labels,
    dontKnowLabel: scale.dontKnowLabel ?? null,
  }));
}

function normalizeItems(instrument: Instrument, scales: readonly NormalizedScale[]): NormalizedItem[] {
  const byId = new Map(scales.map((scale) => [scale.id, scale]));
  const items: NormalizedItem[] = [];
  for (const section of instrument.sections) {
    for (const item of section.items) {
      const scale = byId.get(item.scale);
      if (!scale) {
        throw new InvalidInstrumentError(`item "${item.id}" uses unknown scale "${item.scale}"`);
      }
      const asked = new Set<Role>(item.roles ?? ROLES);
      items.push({
        id: item.id,
        plugin: instrument.id,
        section: section.id,
        node: item.node,
        scale: scale.id,
        points: scale.points,
        positive: scale.positive,
        reverse: item.reverse ?? false,
        roles: ROLES.filter((role) => asked.has(role)),
        tags: [...new Set(item.tags ?? [])],
        dontKnow: scale.dontKnow,
        showIf: item.showIf
          ? { item: item.showIf.item, in: [...item.showIf.in].sort((a, b) => a - b) }
          : null,
        text: item.text,
        positiveText: item.positiveText ?? null,
        seed: item.seed ?? null,
      });
    }
  }
  return items;
}

/**
 * Normalise one validated instrument against a framework: defaults filled in (`reverse` false, `positiveText` null,
 * `roles` the full list, `tags` empty, `showIf` null), scale properties inlined into each item.
 * Pure; throws InvalidInstrumentError only if an item names a scale the instrument lacks.
 */
export function normalizeInstrument(instrument: Instrument, framework: Framework): NormalizedInstrument {
  const scales = normalizeScales(instrument);
  return {
    id: instrument.id,
    version: instrument.version,
    apiVersion: instrument.apiVersion,
    locales: instrument.locales,
    title: instrument.title,
    nodes: normalizeNodes(framework),
    scales,
    items: normalizeItems(instrument, scales),
  };
}

/**
 * Merge validated instruments (one per plugin) with the framework into the one structure scoring
 * consumes. Pure; throws InvalidInstrumentError for a duplicate plugin or item id.
 */
export function compileInstruments(
  instruments: readonly Instrument[],
  framework: Framework,
): CompiledInstrument {
  const plugins: PluginRef[] = [];
  const scales: NormalizedScale[] = [];
  const items: NormalizedItem[] = [];
  const seenPlugins = new Set<string>();
  const seenItems = new Set<string>();
  for (const instrument of instruments) {
    if (seenPlugins.has(instrument.id)) {
      throw new InvalidInstrumentError(`plugin "${instrument.id}" is included twice`);
    }
    seenPlugins.add(instrument.id);
    const normalized = normalizeInstrument(instrument, framework);
    plugins.push({ id: normalized.id, version: normalized.version, apiVersion: normalized.apiVersion });
    scales.push(...normalized.scales);
    for (const item of normalized.items) {
      if (seenItems.has(item.id)) {
        throw new InvalidInstrumentError(`item id "${item.id}" is used by more than one plugin`);
      }
      seenItems.add(item.id);
      items.push(item);
    }
  }
  const locales = framework.locales.filter((locale) =>
    instruments.every((instrument) => instrument.locales.includes(locale)),
  );
  return {
    framework: { id: framework.id, version: framework.version },
    plugins,
    locales,
    nodes: normalizeNodes(framework),
    scales,
    items,
    axes: framework.axes,
    thresholds: framework.thresholds,
    profiles: framework.profiles,
    rules: framework.scoring,
  };
}
