#!/usr/bin/env node
// After `vite build` (the app, then vite.respondent.config.ts): writes dist/s.html — index.html with
// the respondent entry's script and CSS inline instead of the app's, so a personal link (/s/:token)
// needs no request for code after the HTML, and dist/s.html.csp, the hash the server's
// Content-Security-Policy allows that script by — and precompresses every text file next to itself
// (.br at brotli's best, .gz at gzip's best), which apps/server/src/static-files.ts serves by
// Accept-Encoding. Compressing once at build time lets the server send the smallest files without
// spending CPU per request.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const respondentBuild = join(dist, "..", "dist-respondent");
const script = readFileSync(join(respondentBuild, "respondent.js"), "utf8");
const style = readFileSync(join(respondentBuild, "respondent.css"), "utf8");
// Text the HTML parser would end the element at (or enter its escaped states on) cannot be inlined.
for (const [name, text, closing] of [
  ["respondent.js", script, /<\/script|<!--/i],
  ["respondent.css", style, /<\/style/i],
]) {
  if (closing.test(text)) {
    console.error(`post-build: ${name} holds ${closing}, which would end its inline element`);
    process.exit(1);
  }
}
const index = readFileSync(join(dist, "index.html"), "utf8");
// The whole app's entry script and its links are replaced by the respondent entry, inline.
const head = index
  .replace(/\s*<script type="module"[^>]*><\/script>/g, "")
  .replace(/\s*<link rel="(modulepreload|stylesheet)"[^>]*>/g, "");
if (!head.includes("</head>") || head.includes("/assets/")) {
  console.error("post-build: dist/index.html is not the page post-build expects");
  process.exit(1);
}
writeFileSync(
  join(dist, "s.html"),
  // A function, so that "$&" and the like in the code are not read as replacement patterns.
  head.replace(
    "</head>",
    () => `  <style>${style}</style>\n    <script type="module">${script}</script>\n  </head>`,
  ),
);
// The server allows exactly this inline script (Content-Security-Policy script-src hash).
const scriptHash = `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
writeFileSync(join(dist, "s.html.csp"), scriptHash);

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
  `post-build: s.html with the respondent entry inline (${(script.length / 1000).toFixed(1)} kB JS, ${(style.length / 1000).toFixed(1)} kB CSS); precompressed ${(raw / 1000).toFixed(1)} kB to ${(brotli / 1000).toFixed(1)} kB brotli`,
);
