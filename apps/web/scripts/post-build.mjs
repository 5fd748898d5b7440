#!/usr/bin/env node
// After `vite build`: writes dist/s.html — index.html plus <link rel="modulepreload"> for the
// respondent chunk and its imports, so a personal link (/s/:token) fetches the questionnaire's code
// with the entry instead of after it has run — and precompresses every text file next to itself
// (.br at brotli's best, .gz at gzip's best), which apps/server/src/static-files.ts serves by
// Accept-Encoding. Compressing once at build time lets the server send the smallest files without
// spending CPU per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { collect, RESPONDENT_SOURCE, routeKeys } from "./route-files.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
/** @type {import("./route-files.mjs").Manifest} */
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
const { entryKey, respondentKey } = routeKeys(manifest);
if (!entryKey || !respondentKey) {
  console.error(`post-build: the manifest has no ${entryKey ? RESPONDENT_SOURCE : "entry"} chunk`);
  process.exit(1);
}
const entryFiles = new Set();
collect(manifest, entryKey, entryFiles, new Set());
const respondentFiles = new Set();
collect(manifest, respondentKey, respondentFiles, new Set());
const links = [...respondentFiles]
  .filter((file) => !entryFiles.has(file))
  .map((file) =>
    file.endsWith(".css")
      ? `<link rel="preload" as="style" crossorigin href="/${file}">`
      : `<link rel="modulepreload" crossorigin href="/${file}">`,
  );
const index = readFileSync(join(dist, "index.html"), "utf8");
if (!index.includes("</head>")) {
  console.error("post-build: dist/index.html has no </head>");
  process.exit(1);
}
writeFileSync(join(dist, "s.html"), index.replace("</head>", `  ${links.join("\n    ")}\n  </head>`));

const COMPRESSIBLE = new Set([".html", ".js", ".css", ".svg", ".json", ".txt"]);
/** Every compressible file under dist, except the build manifest (never served to a browser). */
function* textFiles(/** @type {string} */ folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (name !== ".vite") yield* textFiles(path);
    } else if (COMPRESSIBLE.has(extname(name))) yield path;
  }
}
let raw = 0;
let brotli = 0;
for (const path of textFiles(dist)) {
  const bytes = readFileSync(path);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  raw += bytes.length;
  brotli += br.length;
}
console.log(
  `post-build: s.html with ${links.length} preload link(s); precompressed ${(raw / 1000).toFixed(1)} kB to ${(brotli / 1000).toFixed(1)} kB brotli`,
);
