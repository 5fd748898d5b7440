#!/usr/bin/env node
// Installs the workspace exactly as pinned and runs one root script (`start` or `test`), on a machine
// that has only Node and npm. No dependencies: this runs before anything is installed.
//
// - pnpm comes from npm at the version package.json pins (corepack cannot verify signatures here).
// - Native modules (better-sqlite3) compile from source when prebuilt binaries cannot be downloaded;
//   node-gyp then needs the headers of the Node that runs this script, found next to its executable.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const script = process.argv[2];
const extra = process.argv.slice(3);
if (!script) {
  console.error("usage: node scripts/bootstrap.mjs <start|test|…> [args]");
  process.exit(2);
}

const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", npm_config_update_notifier: "false" };

const nodePrefix = dirname(dirname(process.execPath));
if (!env.npm_config_nodedir && existsSync(join(nodePrefix, "include", "node", "node.h"))) {
  env.npm_config_nodedir = nodePrefix;
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
function pnpm(args) {
  const result = spawnSync(npx, ["--yes", pinned, ...args], { cwd: root, env, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const installed = pnpm(["install", "--frozen-lockfile"]);
if (installed !== 0) process.exit(installed);
process.exit(pnpm(["run", script, ...extra]));
