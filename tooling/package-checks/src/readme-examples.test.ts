import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/**
 * Every published package's README example compiles: each ```ts block is written into the package's
 * own folder (so `@maturo/…` imports resolve as a user's would, through the package's exports) and
 * type-checked by tsc under the workspace's strict settings.
 */
const run = promisify(execFile);
const repo = new URL("../../../", import.meta.url).pathname;
const tsc = join(new URL("..", import.meta.url).pathname, "node_modules", ".bin", "tsc");
const CHECK_DIR = ".readme-check";

const packages = ["packages", "plugins"].flatMap((group) =>
  readdirSync(join(repo, group)).map((name) => join(group, name)),
);

/**
 * READMEs whose examples use values they do not declare; their owners make them complete, then
 * remove them from here. A block fenced as ```ts fragment (a shape or a file excerpt) is not checked.
 */
const NOT_YET_CHECKED: Readonly<Record<string, string>> = {};

function tsBlocks(readme: string): string[] {
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}

describe("README examples", () => {
  it("every published package has a README with a TypeScript example", () => {
    const missing = packages.filter((dir) => {
      try {
        return tsBlocks(readFileSync(join(repo, dir, "README.md"), "utf8")).length === 0;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  it.each(packages.filter((dir) => NOT_YET_CHECKED[dir] === undefined))(
    "%s: the README's examples type-check",
    async (dir) => {
      const folder = join(repo, dir);
      const blocks = tsBlocks(readFileSync(join(folder, "README.md"), "utf8"));
      const checkDir = join(folder, CHECK_DIR);
      rmSync(checkDir, { recursive: true, force: true });
      mkdirSync(checkDir);
      try {
        // Each block is its own module, so two examples may use the same names.
        const files = blocks.map((code, index) => {
          const file = `example-${index + 1}.ts`;
          writeFileSync(join(checkDir, file), `${code}\nexport {};\n`);
          return file;
        });
        writeFileSync(
          join(checkDir, "tsconfig.json"),
          JSON.stringify({
            extends: "@maturo/tsconfig/base.json",
            compilerOptions: { noEmit: true, types: ["node"], noUnusedLocals: false },
            files,
          }),
        );
        const result = await run(tsc, ["-p", join(checkDir, "tsconfig.json")], { cwd: folder }).then(
          () => "",
          (error: { stdout?: string }) => error.stdout ?? String(error),
        );
        expect(result).toBe("");
      } finally {
        rmSync(checkDir, { recursive: true, force: true });
      }
    },
  );
});
