import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { pluginFiles, type ScaffoldTarget } from "../scaffold/plugin-files.js";

/** The Maturo workspace root above `dir` (it has packages/plugin-sdk), or null. */
function findWorkspace(dir: string): string | null {
  let current = dir;
  for (;;) {
    const sdk = join(current, "packages", "plugin-sdk", "package.json");
    if (existsSync(join(current, "pnpm-workspace.yaml")) && existsSync(sdk)) {
      try {
        const pkg: unknown = JSON.parse(readFileSync(sdk, "utf8"));
        if (typeof pkg === "object" && pkg !== null && "name" in pkg && pkg.name === "@maturo/plugin-sdk") {
          return current;
        }
      } catch {
        return null;
      }
    }
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function sdkVersion(): string {
  const file = createRequire(import.meta.url).resolve("@maturo/plugin-sdk/package.json");
  const pkg: unknown = JSON.parse(readFileSync(file, "utf8"));
  return typeof pkg === "object" && pkg !== null && "version" in pkg && typeof pkg.version === "string"
    ? pkg.version
    : "0.1.0";
}

const toPosix = (path: string): string => path.split(sep).join("/");

export const pluginNew = defineCommand({
  name: "plugin new",
  summary: "scaffold a plugin package that validates as created",
  usage: `maturo plugin new NAME [--dir DIR] [--format text|json]

Creates a plugin package in DIR (default plugins/NAME): instrument.json with a few example items,
an entry module exporting definePlugin, a README and a test using the SDK's test helpers. NAME is a
lower-case id such as "open-data"; item ids are prefixed with it. Inside the Maturo workspace the
package uses workspace links (run pnpm install afterwards); elsewhere it is a standalone npm package.`,
  options: { dir: { type: "string" }, format: { type: "string" } },
  run({ values, positionals, io }) {
    const format = parseFormat(values.format, ["text", "json"]);
    const [name, ...extra] = positionals;
    if (name === undefined) throw new CliError("missing-argument", "missing the plugin NAME");
    if (extra.length > 0) throw new CliError("too-many-arguments", `unexpected argument "${extra[0]}"`);
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
      throw new CliError("bad-name", `NAME: expected a lower-case id such as "open-data", got "${name}"`);
    }
    const dir = resolve(io.cwd, values.dir ?? join("plugins", name));
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new CliError("exists", `--dir: ${dir} already exists and is not empty`);
    }
    const workspace = findWorkspace(dirname(dir));
    const target: ScaffoldTarget =
      workspace === null
        ? { kind: "standalone" }
        : {
            kind: "workspace",
            directory: toPosix(relative(workspace, dir)),
            schemaPath: toPosix(
              relative(dir, join(workspace, "packages", "model", "instrument.schema.json")),
            ),
          };
    const files = pluginFiles({ name, target, sdkVersion: sdkVersion() });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const created = Object.keys(files).sort();
    if (format === "json") {
      printJson(io, { name, dir, workspace: target.kind === "workspace", files: created });
    } else {
      io.stdout(
        `created ${target.kind} plugin "${name}" in ${dir}:\n${created.map((f) => `  ${f}`).join("\n")}\n`,
      );
      io.stdout(
        target.kind === "workspace"
          ? "next: pnpm install, then maturo plugin validate on the folder\n"
          : "next: npm install, npm run build, npm test\n",
      );
    }
    return 0;
  },
});
