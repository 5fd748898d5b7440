import { inspectJson, inspectText } from "@maturo/plugin-sdk/authoring";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { loadPluginsOrFail } from "./plugin-load.js";

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
