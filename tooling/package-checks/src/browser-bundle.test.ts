import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const here = new URL("..", import.meta.url).pathname;

/** An esbuild browser bundle of `source`, minified, resolved from this package as a user's app would. */
async function browserBundle(source: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: source, resolveDir: here, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error("esbuild wrote nothing");
  return output.contents;
}

describe("browser bundles of the published entries", () => {
  it('keeps `import { ROLES } from "@maturo/model"` (the main entry) under 5 KB gzip', async () => {
    const bundle = await browserBundle('import { ROLES } from "@maturo/model";\nconsole.log(ROLES);\n');
    const gzipped = gzipSync(bundle).length;
    expect(gzipped).toBeLessThan(5 * 1024);
    expect(new TextDecoder().decode(bundle)).toContain("director");
  });

  it("bundles @maturo/exports for the browser (no node: built-ins in its main entry)", async () => {
    // The whole entry, so any node: import anywhere in it fails the build.
    const bundle = await browserBundle(
      'import * as exportsApi from "@maturo/exports";\nconsole.log(exportsApi);\n',
    );
    const text = new TextDecoder().decode(bundle);
    expect(text).toContain("[Content_Types].xml");
    expect(text).not.toMatch(/["']node:/);
  });
});
