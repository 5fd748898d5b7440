import { execFileSync } from "node:child_process";
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

/** The Maturo packages a standalone plugin installs: the SDK and the model it re-exports types of. */
const LOCAL_PACKAGES = [
  { name: "@maturo/model", folder: "model" },
  { name: "@maturo/plugin-sdk", folder: "plugin-sdk" },
] as const;

/** Folder (inside the plugin) that holds the tarballs packed from a local checkout. */
const LOCAL_PACKAGES_DIR = "maturo-packages";

/**
 * Pack the SDK and the model of a built Maturo checkout into `dir/maturo-packages` with pnpm (which
 * turns workspace and catalog versions into published ranges); returns name → tarball path.
 */
function packCheckout(checkout: string, dir: string): Record<string, string> {
  const destination = join(dir, LOCAL_PACKAGES_DIR);
  mkdirSync(destination, { recursive: true });
  const packed: Record<string, string> = {};
  for (const { name, folder } of LOCAL_PACKAGES) {
    const packageDir = join(checkout, "packages", folder);
    if (!existsSync(join(packageDir, "package.json"))) {
      throw new CliError(
        "no-checkout",
        `--maturo: ${checkout} is not a Maturo checkout (no packages/${folder})`,
      );
    }
    if (!existsSync(join(packageDir, "dist"))) {
      throw new CliError(
        "not-built",
        `--maturo: ${name} is not built in ${checkout}; run "pnpm install && pnpm build" there first`,
      );
    }
    const before = new Set(readdirSync(destination));
    try {
      execFileSync("pnpm", ["pack", "--pack-destination", destination], {
        cwd: packageDir,
        stdio: ["ignore", "ignore", "pipe"],
      });
    } catch (error) {
      throw new CliError(
        "pack-failed",
        `--maturo: pnpm pack of ${name} failed: ${String(error).split("\n")[0]}`,
      );
    }
    const tarball = readdirSync(destination).find((file) => file.endsWith(".tgz") && !before.has(file));
    if (tarball === undefined)
      throw new CliError("pack-failed", `--maturo: pnpm pack of ${name} wrote no tarball`);
    packed[name] = `./${LOCAL_PACKAGES_DIR}/${tarball}`;
  }
  return packed;
}

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
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
      throw new CliError("bad-name", `NAME: expected a lower-case id such as "open-data", got "${name}"`);
    }
    const dir = resolve(io.cwd, values.dir ?? join("plugins", name));
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new CliError("exists", `--dir: ${dir} already exists and is not empty`);
    }
    const workspace = findWorkspace(dirname(dir));
    if (workspace !== null && values.maturo !== undefined) {
      throw new CliError(
        "maturo-in-workspace",
        "--maturo: only for a plugin outside the Maturo checkout; inside it the packages are linked",
      );
    }
    const target: ScaffoldTarget =
      workspace === null
        ? {
            kind: "standalone",
            ...(values.maturo === undefined
              ? {}
              : { localPackages: packCheckout(resolve(io.cwd, values.maturo), dir) }),
          }
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
          : "next: npm install, npm run build, npm test, npm pack\n",
      );
    }
    return 0;
  },
});
