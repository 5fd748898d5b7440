import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { pluginFiles, type ScaffoldTarget } from "./scaffold-files.js";

/** A reason a plugin cannot be created that its author can fix (bad name, folder not empty, …). */
export class AuthoringError extends Error {
  override readonly name = "AuthoringError";
}

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

/** This SDK's version: what a standalone plugin's Maturo dependencies ask for. */
function sdkVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
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
      throw new AuthoringError(`--maturo: ${checkout} is not a Maturo checkout (no packages/${folder})`);
    }
    if (!existsSync(join(packageDir, "dist"))) {
      throw new AuthoringError(
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
      throw new AuthoringError(`--maturo: pnpm pack of ${name} failed: ${String(error).split("\n")[0]}`);
    }
    const tarball = readdirSync(destination).find((file) => file.endsWith(".tgz") && !before.has(file));
    if (tarball === undefined) throw new AuthoringError(`--maturo: pnpm pack of ${name} wrote no tarball`);
    packed[name] = `./${LOCAL_PACKAGES_DIR}/${tarball}`;
  }
  return packed;
}

export interface NewPluginOptions {
  /** A lower-case id such as "open-data"; item ids are prefixed with it. */
  readonly name: string;
  /** Where the package goes (created; must be empty if it exists). */
  readonly dir: string;
  /** A built Maturo checkout to pack @maturo/model and @maturo/plugin-sdk from (standalone only). */
  readonly maturo?: string | undefined;
}

export interface NewPlugin {
  readonly dir: string;
  /** True inside the Maturo workspace (workspace links), false for a standalone npm package. */
  readonly workspace: boolean;
  /** The files written, relative to `dir`, sorted. */
  readonly files: readonly string[];
}

/**
 * Scaffold a plugin package that validates as created: instrument.json with a few example items, an
 * entry exporting definePlugin, a README and a test. Throws AuthoringError for what the author can fix.
 */
export function newPlugin({ name, dir, maturo }: NewPluginOptions): NewPlugin {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    throw new AuthoringError(`NAME: expected a lower-case id such as "open-data", got "${name}"`);
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new AuthoringError(`--dir: ${dir} already exists and is not empty`);
  }
  const workspace = findWorkspace(dirname(dir));
  if (workspace !== null && maturo !== undefined) {
    throw new AuthoringError(
      "--maturo: only for a plugin outside the Maturo checkout; inside it the packages are linked",
    );
  }
  const target: ScaffoldTarget =
    workspace === null
      ? { kind: "standalone", ...(maturo === undefined ? {} : { localPackages: packCheckout(maturo, dir) }) }
      : {
          kind: "workspace",
          directory: toPosix(relative(workspace, dir)),
          schemaPath: toPosix(relative(dir, join(workspace, "packages", "model", "instrument.schema.json"))),
        };
  const files = pluginFiles({ name, target, sdkVersion: sdkVersion() });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, workspace: target.kind === "workspace", files: Object.keys(files).sort() };
}
