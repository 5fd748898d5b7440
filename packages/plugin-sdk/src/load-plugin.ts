import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { API_VERSION, canonicalJson, type Framework, type Instrument } from "@maturo/model";
import { isPluginObject, PLUGIN_KIND } from "./define-plugin.js";
import type { Problem } from "./problem.js";
import { hashInstrument } from "./snapshot.js";
import { parseJson, validateInstrument } from "./validate-instrument.js";

export const INSTRUMENT_FILE = "instrument.json";

/** A plugin that passed validation. */
export interface LoadedPlugin {
  readonly id: string;
  readonly version: string;
  readonly apiVersion: number;
  readonly instrument: Instrument;
  /** Content hash of the instrument (see hashInstrument). */
  readonly hash: string;
  /** The plugin's folder. */
  readonly dir: string;
  readonly packageName: string | null;
  /** The entry module that was loaded, or null when only instrument.json was read. */
  readonly entry: string | null;
}

export type LoadResult =
  | { readonly ok: true; readonly plugin: LoadedPlugin; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly string[] };

export interface LoadOptions {
  /** Folder that relative paths are resolved from; default process.cwd(). */
  readonly cwd?: string;
  /**
   * Folder that package names are resolved from, as Node would from a module there; default `cwd`.
   * A server passes its own installation, so a config file anywhere can list installed plugins by name.
   */
  readonly packagesFrom?: string;
  readonly framework?: Framework;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * True when a plugin specifier names a folder (`./x`, `../x`, `/abs/x`, `x/y` without a scope)
 * rather than an installed package (`name`, `@scope/name`).
 */
export function isFolderSpecifier(specifier: string): boolean {
  return (
    specifier.startsWith(".") ||
    isAbsolute(specifier) ||
    specifier.includes("\\") ||
    /^[^@][^/]*\//.test(specifier)
  );
}

function resolveDir(
  specifier: string,
  cwd: string,
  packagesFrom: string,
): { dir: string } | { problem: Problem } {
  if (isFolderSpecifier(specifier)) {
    const dir = resolve(cwd, specifier);
    if (!existsSync(dir)) return { problem: { path: specifier, message: "no such folder" } };
    if (!statSync(dir).isDirectory()) return { problem: { path: specifier, message: "not a folder" } };
    return { dir };
  }
  // Walk the node_modules folders Node would search, so packages whose `exports` hide
  // package.json are found too.
  const searched = createRequire(join(packagesFrom, "package.json")).resolve.paths(specifier) ?? [];
  for (const base of searched) {
    const candidate = join(base, specifier);
    if (existsSync(join(candidate, "package.json"))) return { dir: candidate };
  }
  return {
    problem: {
      path: specifier,
      message: `cannot find the plugin package "${specifier}" installed at ${packagesFrom}: install it there (npm install ${specifier}), or list its folder as a path starting with "./" or "/"`,
    },
  };
}

/** The entry module a package.json points at (exports "." → import/default, else main). */
function entryOf(pkg: Record<string, unknown>): string | null {
  const exported = pkg.exports;
  const dot = isRecord(exported) && "." in exported ? exported["."] : exported;
  if (typeof dot === "string") return dot;
  if (isRecord(dot)) {
    for (const condition of ["import", "default", "node"]) {
      const target = dot[condition];
      if (typeof target === "string") return target;
      if (isRecord(target) && typeof target.default === "string") return target.default;
    }
  }
  return typeof pkg.main === "string" ? pkg.main : null;
}

function readJsonFile(
  file: string,
  label: string,
): { ok: true; data: unknown } | { ok: false; problems: readonly Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return {
      ok: false,
      problems: [
        { path: label, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? "error"}` },
      ],
    };
  }
  return parseJson(text, label);
}

/** The plugin's declared locale fallbacks: package.json `"maturo": { "localeFallbacks": { "nl": "en" } }`. */
function localeFallbacksOf(
  pkg: Record<string, unknown> | null,
): { fallbacks: Record<string, string> } | { problem: Problem } {
  const declared = isRecord(pkg?.maturo) ? pkg.maturo.localeFallbacks : undefined;
  if (declared === undefined) return { fallbacks: {} };
  const valid = isRecord(declared) && Object.values(declared).every((value) => typeof value === "string");
  if (!valid) {
    return {
      problem: {
        path: "package.json.maturo.localeFallbacks",
        message: 'expected an object from locale to the locale that stands in for it, e.g. { "nl": "en" }',
      },
    };
  }
  return { fallbacks: declared as Record<string, string> };
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? error.name) : String(error);
}

/**
 * Load a plugin by folder path or npm package name: read its instrument.json and, when built, import
 * its entry and check the plugin tag and contract version. Every problem is returned (never thrown),
 * with paths relative to instrument.json; a missing build is a warning, not a problem.
 */
export async function loadPlugin(specifier: string, options: LoadOptions = {}): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const warnings: string[] = [];
  const fail = (problems: readonly Problem[]): LoadResult => ({ ok: false, problems, warnings });

  const located = resolveDir(specifier, cwd, options.packagesFrom ?? cwd);
  if ("problem" in located) return fail([located.problem]);
  const { dir } = located;

  const problems: Problem[] = [];
  let pkg: Record<string, unknown> | null = null;
  const pkgFile = join(dir, "package.json");
  if (existsSync(pkgFile)) {
    const read = readJsonFile(pkgFile, "package.json");
    if (!read.ok) problems.push(...read.problems);
    else if (!isRecord(read.data)) problems.push({ path: "package.json", message: "expected an object" });
    else pkg = read.data;
  }

  const instrumentFile = join(dir, INSTRUMENT_FILE);
  let fromFile: unknown;
  let hasFile = false;
  if (existsSync(instrumentFile)) {
    const read = readJsonFile(instrumentFile, INSTRUMENT_FILE);
    if (!read.ok) return fail([...problems, ...read.problems]);
    fromFile = read.data;
    hasFile = true;
    const files = pkg?.files;
    if (Array.isArray(files) && !files.includes(INSTRUMENT_FILE)) {
      problems.push({
        path: "package.json.files",
        message: `add "${INSTRUMENT_FILE}" so the published package contains it`,
      });
    }
  }

  let entry: string | null = null;
  let fromEntry: unknown;
  let hasEntry = false;
  const entryPath = pkg === null ? null : entryOf(pkg);
  if (entryPath !== null) {
    const entryFile = resolve(dir, entryPath);
    if (!existsSync(entryFile)) {
      // An installed package (under node_modules) is never rebuilt: a missing entry means it was
      // packed without its build, which a server must not load as if it were complete.
      if (dir.split(/[\\/]/).includes("node_modules")) {
        problems.push({
          path: entryPath,
          message: `missing: the package was packed without its build; run the build before packing (a "prepack": "npm run build" script does it)`,
        });
      } else {
        warnings.push(`entry ${entryPath} is not built yet; checked ${INSTRUMENT_FILE} only`);
      }
    } else {
      entry = relative(dir, entryFile);
      try {
        const module: unknown = await import(pathToFileURL(entryFile).href);
        const exported = isRecord(module) ? [module.default, module.plugin, ...Object.values(module)] : [];
        const plugin = exported.find(isPluginObject);
        if (plugin === undefined) {
          problems.push({
            path: entry,
            message: `exports no plugin (expected a default export made with definePlugin, kind "${PLUGIN_KIND}")`,
          });
        } else if (plugin.apiVersion !== API_VERSION) {
          problems.push({
            path: entry,
            message: `plugin is written for contract version ${JSON.stringify(plugin.apiVersion)}; this host supports version ${API_VERSION}`,
          });
        } else {
          fromEntry = plugin.instrument;
          hasEntry = true;
        }
      } catch (error) {
        problems.push({ path: entry, message: `failed to load: ${describeError(error)}` });
      }
    }
  }

  if (!hasFile && !hasEntry) {
    if (problems.length === 0) problems.push({ path: INSTRUMENT_FILE, message: `not found in ${dir}` });
    return fail(problems);
  }
  if (hasFile && hasEntry && canonicalJson(fromFile) !== canonicalJson(fromEntry)) {
    problems.push({
      path: entry ?? "entry",
      message: `exports an instrument that differs from ${INSTRUMENT_FILE} (rebuild the plugin?)`,
    });
  }

  const fallbacks = localeFallbacksOf(pkg);
  if ("problem" in fallbacks) problems.push(fallbacks.problem);
  const validation = validateInstrument(hasFile ? fromFile : fromEntry, {
    ...(options.framework ? { framework: options.framework } : {}),
    localeFallbacks: "problem" in fallbacks ? {} : fallbacks.fallbacks,
  });
  warnings.push(...(validation.warnings ?? []));
  if (!validation.ok) return fail([...problems, ...validation.problems]);

  const instrument = validation.instrument;
  if (pkg !== null && typeof pkg.version === "string" && pkg.version !== instrument.version) {
    problems.push({
      path: "package.json.version",
      message: `"${pkg.version}" differs from the version in ${INSTRUMENT_FILE} ("${instrument.version}"): give both the same version, so a frozen instrument names the package that made it`,
    });
  }
  if (problems.length > 0) return fail(problems);

  return {
    ok: true,
    warnings,
    plugin: {
      id: instrument.id,
      version: instrument.version,
      apiVersion: instrument.apiVersion,
      instrument,
      hash: hashInstrument(instrument),
      dir,
      packageName: typeof pkg?.name === "string" ? pkg.name : null,
      entry,
    },
  };
}
