import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { contentSecurityPolicy } from "./security-headers.js";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Precompressed siblings written at build time (apps/web/scripts/post-build.mjs), best first. */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/**
 * Serves the built single-page app: files by path, `index.html` for any other GET so client-side
 * routes load — `s.html` (the respondent entry inline, allowed by the hashes in `s.html.csp`) for a
 * respondent's personal link under /s/, with a `Link` header preloading the page's first request.
 * Paths are confined to the web root. A file is sent as its precompressed .br or .gz sibling when the browser accepts that encoding; hashed files under
 * assets/ may be cached for a year, the HTML is revalidated on every visit.
 */
export function createStaticHandler(
  webRoot: string,
  /** A URL the page at this path will fetch first, to preload from its HTML (or null). */
  pagePreload: (pathname: string, req: IncomingMessage) => string | null = () => null,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const root = normalize(webRoot);
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res
        .writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" })
        .end("Method Not Allowed");
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const candidate = normalize(join(root, pathname));
    const inside = candidate === root || candidate.startsWith(root + sep);
    const direct = inside && (await regularFile(candidate)) ? candidate : null;
    const page =
      pathname.startsWith("/s/") && (await regularFile(join(root, "s.html"))) ? "s.html" : "index.html";
    const target = direct ?? (extname(pathname) === "" ? join(root, page) : null);
    const found = target ? await regularFile(target) : null;
    if (!found || !target) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not Found");
      return;
    }
    const preload = direct === null ? pagePreload(pathname, req) : null;
    // A page with inline scripts names them by hash in <page>.csp (written at build time).
    const inlineScripts = direct === null ? await scriptHashes(`${target}.csp`) : [];
    if (inlineScripts.length > 0)
      res.setHeader("content-security-policy", contentSecurityPolicy(inlineScripts));
    if (preload !== null) {
      // A response header, so the HTML stays the same for every link and is sent precompressed.
      res.setHeader(
        "link",
        `<${preload.replace(/[<>"]/g, encodeURIComponent)}>; rel=preload; as=fetch; crossorigin`,
      );
    }
    const encoding = await precompressed(target, req.headers["accept-encoding"]);
    const immutable = target.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(target)] ?? "application/octet-stream",
      "content-length": encoding?.size ?? found.size,
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      vary: preload === null ? "accept-encoding" : "accept-encoding, accept-language",
      ...(encoding === null ? {} : { "content-encoding": encoding.name }),
    });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    createReadStream(encoding?.path ?? target).pipe(res);
  };
}

/** The script hashes in a page's .csp file (none when there is no such file). */
async function scriptHashes(path: string): Promise<string[]> {
  try {
    return (await readFile(path, "utf8"))
      .split(/\s+/)
      .filter((source) => /^'sha256-[A-Za-z0-9+/]+={0,2}'$/.test(source));
  } catch {
    return [];
  }
}

async function regularFile(path: string): Promise<{ size: number } | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { size: info.size } : null;
  } catch {
    return null;
  }
}

/** The encodings a request's Accept-Encoding allows (q > 0), lower-cased. */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q !== undefined && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/** The best precompressed sibling of `path` that the request accepts, or null. */
async function precompressed(
  path: string,
  header: string | string[] | undefined,
): Promise<{ name: string; path: string; size: number } | null> {
  const accepted = acceptedEncodings(header);
  for (const { name, suffix } of ENCODINGS) {
    if (!accepted.has(name)) continue;
    const file = await regularFile(path + suffix);
    if (file) return { name, path: path + suffix, size: file.size };
  }
  return null;
}
