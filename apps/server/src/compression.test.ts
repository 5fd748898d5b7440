import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, get, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPRESS_THRESHOLD_BYTES, compressWhenLarge } from "./compress-response.js";
import { surveyPreloadUrl } from "./respondent-preload.js";
import { contentSecurityPolicy, setSecurityHeaders } from "./security-headers.js";
import type { RunningServer } from "./start.js";
import { createStaticHandler } from "./static-files.js";
import { startSqliteServer } from "./test-fixtures/sqlite-server.js";

/** A raw GET (no automatic decompression): status, headers and the bytes as sent. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    }).on("error", reject);
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

const SCRIPT = `export const questions = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `question ${i}`))};`;

describe("static files: precompressed variants and cache headers", () => {
  let root: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "maturo-web-"));
    await mkdir(join(root, "assets"));
    await writeFile(join(root, "index.html"), "<!doctype html><title>Maturo</title>");
    await writeFile(join(root, "s.html"), '<!doctype html><script type="module">respondent()</script>');
    await writeFile(join(root, "assets", "app-abc123.js"), SCRIPT);
    await writeFile(join(root, "assets", "app-abc123.js.br"), brotliCompressSync(SCRIPT));
    await writeFile(join(root, "assets", "app-abc123.js.gz"), gzipSync(SCRIPT));
    server = createServer((req, res) => void createStaticHandler(root)(req, res));
    base = await listen(server);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it("sends brotli when accepted, else gzip, else the file itself, always with Vary", async () => {
    const url = `${base}/assets/app-abc123.js`;
    const br = await rawGet(url, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("accept-encoding");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await rawGet(url, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const refused = await rawGet(url, { "accept-encoding": "br;q=0, identity" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toBe(SCRIPT);
    expect(refused.headers["content-type"]).toBe("text/javascript; charset=utf-8");
  });

  it("lets hashed assets be cached for a year and makes the HTML revalidate", async () => {
    const asset = await rawGet(`${base}/assets/app-abc123.js`);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await rawGet(`${base}/`);
    expect(page.headers["cache-control"]).toBe("no-cache");
  });

  it("answers a personal link with the respondent page, which holds its code", async () => {
    const link = await rawGet(`${base}/s/some-token`);
    expect(link.body.toString()).toContain("respondent()");
    expect((await rawGet(`${base}/portal`)).body.toString()).toContain("<title>Maturo</title>");
  });
});

describe("tRPC answers: compressed on the fly above the threshold", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      compressWhenLarge(req, res);
      const size = Number(new URL(req.url ?? "/", "http://x").searchParams.get("size"));
      res.setHeader("content-type", "application/json");
      res.write('{"items":"');
      res.end(`${"ab".repeat(size / 2)}"}`);
    });
    base = await listen(server);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("compresses a large answer with brotli or gzip, and leaves a small one as it is", async () => {
    const large = await rawGet(`${base}/?size=${4 * COMPRESS_THRESHOLD_BYTES}`, {
      "accept-encoding": "gzip, br",
    });
    expect(large.headers["content-encoding"]).toBe("br");
    expect(large.headers.vary).toBe("accept-encoding");
    expect(Number(large.headers["content-length"])).toBe(large.body.length);
    expect(JSON.parse(brotliDecompressSync(large.body).toString()).items).toHaveLength(
      4 * COMPRESS_THRESHOLD_BYTES,
    );
    const gz = await rawGet(`${base}/?size=${4 * COMPRESS_THRESHOLD_BYTES}`, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gz.body).toString()).items).toHaveLength(4 * COMPRESS_THRESHOLD_BYTES);
    const small = await rawGet(`${base}/?size=100`, { "accept-encoding": "gzip, br" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString()).items).toHaveLength(100);
  });
});

describe("the server", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startSqliteServer();
  });
  afterAll(() => server.close());

  it("compresses a batch of tRPC answers above the threshold", async () => {
    const calls = Array.from({ length: 10 }, () => "system.status").join(",");
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i, {}]))),
    );
    const response = await rawGet(`${server.url}/trpc/${calls}?batch=1&input=${input}`, {
      "accept-encoding": "br",
    });
    expect(response.status).toBe(200);
    expect(response.headers.vary).toContain("accept-encoding");
    const body =
      response.headers["content-encoding"] === "br" ? brotliDecompressSync(response.body) : response.body;
    expect(JSON.parse(body.toString())).toHaveLength(10);
    if (body.length >= COMPRESS_THRESHOLD_BYTES) expect(response.headers["content-encoding"]).toBe("br");
  });
});

describe("a personal link's page", () => {
  it("is the same precompressed page for every link, preloading the questionnaire by a Link header", async () => {
    const root = await mkdtemp(join(tmpdir(), "maturo-web-"));
    const page = "<!doctype html><head><title>Maturo</title></head>";
    await writeFile(join(root, "index.html"), page);
    await writeFile(join(root, "s.html"), page);
    await writeFile(join(root, "s.html.br"), brotliCompressSync(page));
    const server = createServer(
      (req, res) =>
        void createStaticHandler(root, (path) => surveyPreloadUrl(path, req.headers["accept-language"]))(
          req,
          res,
        ),
    );
    const base = await listen(server);
    try {
      const link = await rawGet(`${base}/s/abc_DEF-123`, {
        "accept-language": "en-GB,en;q=0.8",
        "accept-encoding": "br",
      });
      const input = encodeURIComponent(JSON.stringify({ token: "abc_DEF-123", locale: "en" }));
      expect(link.headers.link).toBe(
        `</trpc/survey.open?input=${input}>; rel=preload; as=fetch; crossorigin`,
      );
      expect(link.headers["content-encoding"]).toBe("br");
      expect(brotliDecompressSync(link.body).toString()).toBe(page);
      expect(link.headers["cache-control"]).toBe("no-cache");
      expect(link.headers.vary).toBe("accept-encoding, accept-language");
      const home = await rawGet(`${base}/`);
      expect(home.headers.link).toBeUndefined();
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    }
  });

  it("allows the page's inline script by the hash written beside it, and no other page's", async () => {
    const root = await mkdtemp(join(tmpdir(), "maturo-web-"));
    const script = "document.title = 'Maturo';";
    const hash = `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
    await writeFile(join(root, "index.html"), "<!doctype html><title>Maturo</title>");
    await writeFile(join(root, "s.html"), `<!doctype html><script type="module">${script}</script>`);
    await writeFile(join(root, "s.html.csp"), `${hash}\n`);
    const server = createServer((req, res) => {
      setSecurityHeaders(res, false);
      void createStaticHandler(root)(req, res);
    });
    const base = await listen(server);
    try {
      const link = await rawGet(`${base}/s/abc`);
      expect(link.headers["content-security-policy"]).toBe(contentSecurityPolicy([hash]));
      expect(link.headers["content-security-policy"]).toContain(`script-src 'self' ${hash};`);
      const scriptSrc = String(link.headers["content-security-policy"])
        .split(";")
        .find((directive) => directive.trim().startsWith("script-src"));
      expect(scriptSrc?.trim()).toBe(`script-src 'self' ${hash}`);
      const home = await rawGet(`${base}/`);
      expect(home.headers["content-security-policy"]).toBe(contentSecurityPolicy());
      expect(home.headers["content-security-policy"]).not.toContain("sha256");
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    }
  });
});
