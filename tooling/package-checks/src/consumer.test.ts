import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAsUser } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The published packages as a user gets them: packed by pnpm (workspace and catalog versions become
 * ranges), installed with plain npm into a fresh project, compiled by TypeScript under
 * `moduleResolution` nodenext and bundler, and run by Node.
 */
const repo = new URL("../../../", import.meta.url).pathname;
const tsc = join(new URL("..", import.meta.url).pathname, "node_modules", ".bin", "tsc");
const PACKAGES = ["model", "scoring", "stats", "exports", "plugin-sdk"];

const MAIN = `import { ROLES, InstrumentSchema } from "@maturo/model";
import { isAsked } from "@maturo/model/asked";
import { toCsv, DATA_CSV } from "@maturo/exports/text";
import { definePlugin, validateInstrument, PLATFORM_LOCALES } from "@maturo/plugin-sdk";
import { problemLines } from "@maturo/plugin-sdk/testing";
import * as scoring from "@maturo/scoring";
import * as stats from "@maturo/stats";

const roles: readonly string[] = ROLES;
const invalid = validateInstrument({ id: "x" });
const plugin = definePlugin({ instrument: { id: "x" } });
console.log(
  JSON.stringify({
    roles,
    locales: PLATFORM_LOCALES,
    schema: typeof InstrumentSchema.safeParse,
    asked: typeof isAsked,
    csv: toCsv([["a", "b"], [1, 2]], DATA_CSV).trim().split(/\\r?\\n/).length,
    invalid: invalid.ok,
    problems: problemLines(plugin).length > 0,
    scoring: Object.keys(scoring).length > 0,
    stats: Object.keys(stats).length > 0,
  }),
);
`;

describe("the packed packages in a fresh npm project", () => {
  let root: string;
  let project: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "maturo-consumer-"));
    const tarballs = join(root, "tarballs");
    await mkdir(tarballs);
    for (const name of PACKAGES) {
      await runAsUser("pnpm", ["pack", "--pack-destination", tarballs], join(repo, "packages", name));
    }
    project = join(root, "project");
    await mkdir(join(project, "src"), { recursive: true });
    await writeFile(join(project, "package.json"), '{ "private": true, "type": "module" }\n');
    const files = (await readdir(tarballs)).map((file) => join(tarballs, file));
    await runAsUser(
      "npm",
      [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        "@types/node@20.19.43",
        ...files,
      ],
      project,
    );
    await writeFile(join(project, "src", "main.ts"), MAIN);
  }, 300_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it.each([
    { resolution: "nodenext", module: "nodenext" },
    { resolution: "bundler", module: "esnext" },
  ])("compiles under moduleResolution $resolution and runs", async ({ resolution, module }) => {
    const outDir = join(project, `out-${resolution}`);
    await writeFile(
      join(project, `tsconfig.${resolution}.json`),
      JSON.stringify({
        compilerOptions: {
          target: "ES2023",
          lib: ["ES2023", "DOM"],
          module,
          moduleResolution: resolution,
          strict: true,
          // The packages' own declarations are checked too: a broken .d.ts fails here.
          skipLibCheck: false,
          types: ["node"],
          outDir,
          rootDir: "src",
        },
        include: ["src"],
      }),
    );
    await runAsUser(tsc, ["-p", `tsconfig.${resolution}.json`], project);
    const printed = JSON.parse(await runAsUser(process.execPath, [join(outDir, "main.js")], project));
    expect(printed).toEqual({
      roles: ["director", "manager", "staff"],
      locales: ["nl", "en"],
      schema: "function",
      asked: "function",
      csv: 2,
      invalid: false,
      problems: true,
      scoring: true,
      stats: true,
    });
  });
});
