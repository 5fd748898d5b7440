import { DEFAULT_FRAMEWORK, normalizeInstrument } from "@maturo/model";
import type { LoadedPlugin } from "../load-plugin.js";

/** The normalised instrument (docs/architecture.md, "Domain"): nodes and items; `roles` is always the full list. */
export function inspectJson(plugin: LoadedPlugin): Record<string, unknown> {
  const normalized = normalizeInstrument(plugin.instrument, DEFAULT_FRAMEWORK);
  return {
    id: normalized.id,
    version: normalized.version,
    apiVersion: normalized.apiVersion,
    hash: plugin.hash,
    locales: normalized.locales,
    title: normalized.title,
    // A normalised node is already the published shape: id, parent, kind, label.
    nodes: normalized.nodes,
    scales: normalized.scales.map((scale) => ({
      id: scale.id,
      points: scale.points,
      positive: scale.positive,
      dontKnow: scale.dontKnow,
      labels: scale.labels,
    })),
    items: normalized.items.map((item) => ({
      id: item.id,
      section: item.section,
      node: item.node,
      scale: item.scale,
      points: item.points,
      positive: item.positive,
      reverse: item.reverse,
      roles: item.roles,
      tags: item.tags,
      dontKnow: item.dontKnow,
      showIf: item.showIf,
      text: item.text,
      seed: item.seed,
    })),
  };
}

/** The normalised instrument as lines: items grouped by node, with their scale and conditions. */
export function inspectText(plugin: LoadedPlugin): string {
  const normalized = normalizeInstrument(plugin.instrument, DEFAULT_FRAMEWORK);
  const lines = [
    `${normalized.id} ${normalized.version} (contract ${normalized.apiVersion}, ${plugin.hash})`,
    `locales: ${normalized.locales.join(", ")}`,
    "",
  ];
  for (const node of normalized.nodes) {
    const items = normalized.items.filter((item) => item.node === node.id);
    if (items.length === 0) continue;
    lines.push(`${node.id} (${items.length})`);
    for (const item of items) {
      const flags = [
        `${item.scale}/${item.points}`,
        item.reverse ? "reverse" : "",
        item.roles.length < 3 ? item.roles.join("+") : "",
        item.showIf ? `if ${item.showIf.item} in ${item.showIf.in.join(",")}` : "",
        ...item.tags,
      ].filter((flag) => flag !== "");
      lines.push(`  ${item.id}  [${flags.join("; ")}]`);
    }
  }
  return `${lines.join("\n")}\n`;
}
