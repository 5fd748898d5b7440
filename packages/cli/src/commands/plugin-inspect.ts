import { DEFAULT_FRAMEWORK, normalizeInstrument } from "@maturo/model";
import type { LoadedPlugin } from "@maturo/plugin-sdk";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { loadPluginsOrFail } from "./plugin-load.js";

/** The shape of DESIGN §5: normalised nodes and items; `roles` is always the full list. */
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

function inspectText(plugin: LoadedPlugin): string {
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

export const pluginInspect = defineCommand({
  name: "plugin inspect",
  summary: "show a plugin's normalised instrument (nodes and items)",
  usage: `maturo plugin inspect DIR [--format text|json]

Prints the normalised instrument: { id, version, apiVersion, hash, locales, nodes: [{ id, parent,
label }], items: [{ id, node, scale, points, positive, reverse, roles, tags, dontKnow, showIf, … }] }
with every default filled in (roles is always the full list of roles asked).`,
  options: { format: { type: "string" } },
  async run({ values, positionals, io }) {
    const format = parseFormat(values.format, ["text", "json"]);
    if (positionals.length > 1) throw new CliError("too-many-arguments", "inspect takes one plugin folder");
    const [plugin] = await loadPluginsOrFail(positionals, io);
    if (plugin === undefined) throw new CliError("missing-argument", "missing the plugin folder (DIR)");
    if (format === "json") printJson(io, inspectJson(plugin));
    else io.stdout(inspectText(plugin));
    return 0;
  },
});
