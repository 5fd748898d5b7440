import { join, resolve } from "node:path";
import { AuthoringError, newPlugin } from "@maturo/plugin-sdk/authoring";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";

export const pluginNew = defineCommand({
  name: "plugin new",
  summary: "scaffold a plugin package that validates as created",
  usage: `maturo plugin new NAME [--dir DIR] [--maturo CHECKOUT] [--format text|json]

Creates a plugin package in DIR (default plugins/NAME): instrument.json with a few example items,
an entry module exporting definePlugin, a README and a test using the SDK's test helpers. NAME is a
lower-case id such as "open-data"; item ids are prefixed with it. Inside the Maturo workspace the
package uses workspace links (run pnpm install afterwards); elsewhere it is a standalone npm package.
--maturo CHECKOUT (a built Maturo checkout) packs @maturo/plugin-sdk and @maturo/model from it into
DIR/maturo-packages, so "npm install" works before the packages are published.`,
  options: { dir: { type: "string" }, maturo: { type: "string" }, format: { type: "string" } },
  run({ values, positionals, io }) {
    const format = parseFormat(values.format, ["text", "json"]);
    const [name, ...extra] = positionals;
    if (name === undefined) throw new CliError("missing-argument", "missing the plugin NAME");
    if (extra.length > 0) throw new CliError("too-many-arguments", `unexpected argument "${extra[0]}"`);
    let created: ReturnType<typeof newPlugin>;
    try {
      created = newPlugin({
        name,
        dir: resolve(io.cwd, values.dir ?? join("plugins", name)),
        maturo: values.maturo === undefined ? undefined : resolve(io.cwd, values.maturo),
      });
    } catch (error) {
      if (error instanceof AuthoringError) throw new CliError("plugin-new", error.message);
      throw error;
    }
    const { dir, workspace, files } = created;
    if (format === "json") {
      printJson(io, { name, dir, workspace, files });
    } else {
      io.stdout(
        `created ${workspace ? "workspace" : "standalone"} plugin "${name}" in ${dir}:\n${files.map((f) => `  ${f}`).join("\n")}\n`,
      );
      io.stdout(
        workspace
          ? "next: pnpm install, then maturo plugin validate on the folder\n"
          : "next: npm install, npm run build, npm test, npm pack\n",
      );
    }
    return 0;
  },
});
