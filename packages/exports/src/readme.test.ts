import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("README", () => {
  it("has an example that runs against the built package and writes every format", async () => {
    const dist = join(packageDir, "dist", "index.js");
    expect(existsSync(dist), "build the package first (pnpm build)").toBe(true);
    const readme = await readFile(join(packageDir, "README.md"), "utf8");
    const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const model = createRequire(join(packageDir, "package.json")).resolve("@maturo/model");
    const program = (example ?? "")
      .replace('"@maturo/exports"', JSON.stringify(pathToFileURL(dist).href))
      .replace('"@maturo/model"', JSON.stringify(pathToFileURL(model).href));
    const dir = await mkdtemp(join(tmpdir(), "maturo-readme-"));
    try {
      await writeFile(join(dir, "example.mjs"), program);
      await run(process.execPath, ["example.mjs"], { cwd: dir });
      expect((await readdir(join(dir, "export"))).sort()).toEqual([
        "maturo-wave-2024-codebook.csv",
        "maturo-wave-2024-provenance.csv",
        "maturo-wave-2024.R",
        "maturo-wave-2024.csv",
        "maturo-wave-2024.do",
        "maturo-wave-2024.sps",
        "maturo-wave-2024.xlsx",
      ]);
      const data = await readFile(join(dir, "export", "maturo-wave-2024.csv"), "utf8");
      expect(data).toContain("r-0002,org-5d1e0a27b4c3,,,staff,2024-01-11,-9,-7,,");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
