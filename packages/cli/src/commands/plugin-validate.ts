import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { loadPluginsOrFail } from "./plugin-load.js";

export const pluginValidate = defineCommand({
  name: "plugin validate",
  summary: "validate plugins (instrument.json and built entry); several DIRs are also checked together",
  usage: `maturo plugin validate DIR [DIR…] [--format text|json]

Validates each plugin folder (or installed package name): its instrument.json against the schema and
the framework, and, when built, its entry module (plugin tag and contract version). With several
plugins it also checks them together (duplicate item ids, locales). Exit 0 when valid; otherwise one
"path: message" line per problem on stderr and exit 1.`,
  options: { format: { type: "string" } },
  async run({ values, positionals, io }) {
    const format = parseFormat(values.format, ["text", "json"]);
    const plugins = await loadPluginsOrFail(positionals, io);
    if (format === "json") {
      printJson(io, {
        valid: true,
        plugins: plugins.map((plugin) => ({
          id: plugin.id,
          version: plugin.version,
          hash: plugin.hash,
          items: plugin.instrument.sections.reduce((sum, section) => sum + section.items.length, 0),
        })),
      });
      return 0;
    }
    for (const plugin of plugins) {
      const items = plugin.instrument.sections.reduce((sum, section) => sum + section.items.length, 0);
      io.stdout(
        `${plugin.id} ${plugin.version}: valid (${items} items in ${plugin.instrument.sections.length} sections, ${plugin.hash})\n`,
      );
    }
    return 0;
  },
});
