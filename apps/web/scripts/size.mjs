#!/usr/bin/env node
// Prints the gzip size of what the respondent route (/s/:token) loads — the entry chunk and its
// static imports, the respondent chunk and its static imports, and their CSS — by following Vite's
// build manifest, and fails when its JavaScript is above the budget (issue 12: the respondent route
// stays within 100 kB gzip JS). Builds first when there is no build with a manifest.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants as zlibConstants } from "node:zlib";
import { collect, RESPONDENT_SOURCE, routeKeys } from "./route-files.mjs";

/** For the route's JavaScript, gzip; the CSS is printed besides it. */
const BUDGET_BYTES = 100 * 1000;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const manifestPath = join(dist, ".vite", "manifest.json");

if (!existsSync(manifestPath) || process.argv.includes("--build")) {
  console.log("building apps/web …");
  const result = spawnSync("pnpm", ["exec", "vite", "build", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0 || !existsSync(manifestPath)) {
    console.error("size: the build failed or wrote no .vite/manifest.json");
    process.exit(1);
  }
}

/** @type {Record<string, {file: string, src?: string, isEntry?: boolean, imports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const { entryKey, respondentKey } = routeKeys(manifest);
if (!entryKey || !respondentKey) {
  console.error(`size: the manifest has no ${entryKey ? RESPONDENT_SOURCE : "entry"} chunk`);
  process.exit(1);
}

const files = new Set();
const seen = new Set();
collect(manifest, entryKey, files, seen);
collect(manifest, respondentKey, files, seen);

const rows = [...files].map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const width = Math.max(...rows.map((r) => r.file.length));
console.log(`What /s/:token loads (gzip level 9; 1 kB = 1000 bytes):`);
for (const row of rows) {
  console.log(
    `  ${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)} raw  ${kb(row.gzip).padStart(8)} gzip`,
  );
}
const sum = (kind) => rows.filter((r) => r.file.endsWith(kind)).reduce((s, r) => s + r.gzip, 0);
const total = rows.reduce((s, r) => s + r.gzip, 0);
const javascript = sum(".js");
console.log(`  JavaScript ${kb(javascript)} gzip (budget ${kb(BUDGET_BYTES)}), CSS ${kb(sum(".css"))} gzip`);
console.log(`respondent route total: ${kb(total)} gzip`);
// What a personal link actually receives: s.html with the respondent entry inline (scripts/post-build.mjs),
// lazy parts included, written by the full build (pnpm run build) and served precompressed. The same
// budget holds for its Brotli transfer (what Chromium and every current browser get); gzip is printed beside it.
const page = join(dist, "s.html");
let pageOver = 0;
if (existsSync(page)) {
  const bytes = readFileSync(page);
  const br = brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(
    `  s.html with the respondent code inline: ${kb(br)} brotli (budget ${kb(BUDGET_BYTES)}), ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`,
  );
  pageOver = br - BUDGET_BYTES;
}
if (javascript > BUDGET_BYTES) {
  console.error(
    `size: the respondent route's JavaScript is ${kb(javascript - BUDGET_BYTES)} over its budget`,
  );
  process.exit(1);
}
if (pageOver > 0) {
  console.error(`size: s.html is ${kb(pageOver)} over its budget in Brotli`);
  process.exit(1);
}
