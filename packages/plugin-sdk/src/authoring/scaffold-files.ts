/**
 * Where a new plugin goes: inside the Maturo workspace (workspace links, catalog versions) or
 * anywhere. A standalone plugin takes the Maturo packages from the registry, or, before they are
 * published, from tarballs packed from a local checkout (`localPackages`: package name → path of
 * the tarball relative to the plugin folder).
 */
export type ScaffoldTarget =
  | { readonly kind: "workspace"; readonly schemaPath: string; readonly directory: string }
  | { readonly kind: "standalone"; readonly localPackages?: Readonly<Record<string, string>> };

export interface ScaffoldOptions {
  readonly name: string;
  readonly target: ScaffoldTarget;
  /** Versions for a standalone package's dependencies. */
  readonly sdkVersion: string;
}

const WIDTH = 110;

/**
 * JSON laid out the way the workspace formatter (Biome) lays it out, so a scaffolded package is
 * lint-clean as created: objects expanded, arrays of plain values on one line when they fit.
 */
function layout(value: unknown, indent: string, used: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = `${indent}  `;
    if (value.every((entry) => entry === null || typeof entry !== "object")) {
      const flat = `[${value.map((entry) => JSON.stringify(entry)).join(", ")}]`;
      if (used + flat.length <= WIDTH) return flat;
    }
    return `[\n${value.map((entry) => `${inner}${layout(entry, inner, inner.length)}`).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = `${indent}  `;
    const lines = entries.map(([key, entry]) => {
      const prefix = `${inner}${JSON.stringify(key)}: `;
      return `${prefix}${layout(entry, inner, prefix.length + 1)}`;
    });
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const json = (value: unknown): string => `${layout(value, "", 0)}\n`;

function titleOf(name: string): string {
  return name
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

function packageJson({ name, target, sdkVersion }: ScaffoldOptions): Record<string, unknown> {
  const common = {
    version: "0.1.0",
    description: `Maturo questionnaire plugin: ${titleOf(name)}.`,
    license: "MIT",
    engines: { node: ">=20.19" },
    type: "module",
    sideEffects: false,
    keywords: ["maturo", "maturo-plugin"],
  };
  const exportsAndFiles = {
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./instrument.json": "./instrument.json",
      "./package.json": "./package.json",
    },
    files: ["dist", "instrument.json"],
  };
  if (target.kind === "workspace") {
    return {
      name: `@maturo/plugin-${name}`,
      ...common,
      repository: {
        type: "git",
        url: "git+https://github.com/maturo-dev/maturo.git",
        directory: target.directory,
      },
      ...exportsAndFiles,
      scripts: {
        build: "tsc -p tsconfig.build.json",
        dev: "tsc -p tsconfig.build.json --watch",
        test: "vitest run && publint --strict && attw --pack --profile esm-only",
        typecheck: "tsc --noEmit",
        lint: "biome check .",
        clean: "rm -rf dist .vitest-report.json",
      },
      dependencies: { "@maturo/plugin-sdk": "workspace:^" },
      devDependencies: {
        "@arethetypeswrong/cli": "catalog:",
        "@maturo/tsconfig": "workspace:^",
        "@maturo/vitest-config": "workspace:^",
        "@types/node": "catalog:",
        publint: "catalog:",
        typescript: "catalog:",
        vitest: "catalog:",
      },
    };
  }
  // The host (a Maturo server, or the maturo-plugin tool) provides the SDK: a peer dependency keeps
  // one copy. Tests run on node:test over the compiled test files, so an install needs only
  // TypeScript besides the Maturo packages.
  const local = target.localPackages ?? {};
  const maturo = (pkg: string): string => (local[pkg] ? `file:${local[pkg]}` : `^${sdkVersion}`);
  return {
    name: `maturo-plugin-${name}`,
    ...common,
    ...exportsAndFiles,
    scripts: {
      build: "tsc -p tsconfig.build.json",
      typecheck: "tsc --noEmit",
      test: "tsc -p tsconfig.json --outDir test-build && node --test",
      prepack: "npm run build",
      clean: "rm -rf dist test-build",
    },
    peerDependencies: { "@maturo/plugin-sdk": `^${sdkVersion}` },
    devDependencies: {
      "@maturo/model": maturo("@maturo/model"),
      "@maturo/plugin-sdk": maturo("@maturo/plugin-sdk"),
      "@types/node": "20.19.43",
      typescript: "7.0.2",
    },
  };
}

function tsconfig(target: ScaffoldTarget): Record<string, unknown> {
  if (target.kind === "workspace") return { extends: "@maturo/tsconfig/library.json" };
  return {
    compilerOptions: {
      target: "ES2023",
      lib: ["ES2023"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
      skipLibCheck: true,
      types: ["node"],
      declaration: true,
      outDir: "dist",
      rootDir: "src",
    },
    include: ["src"],
  };
}

function instrument({ name, target }: ScaffoldOptions): Record<string, unknown> {
  return {
    $schema:
      target.kind === "workspace" ? target.schemaPath : "./node_modules/@maturo/model/instrument.schema.json",
    id: name,
    version: "0.1.0",
    apiVersion: 1,
    locales: ["nl", "en"],
    title: { nl: titleOf(name), en: titleOf(name) },
    scales: [
      {
        id: "agree6",
        points: 6,
        positive: [5, 6],
        dontKnow: true,
        labels: {
          nl: ["Helemaal oneens", "Oneens", "Eerder oneens", "Eerder eens", "Eens", "Helemaal eens"],
          en: [
            "Strongly disagree",
            "Disagree",
            "Somewhat disagree",
            "Somewhat agree",
            "Agree",
            "Strongly agree",
          ],
        },
        dontKnowLabel: { nl: "Weet ik niet", en: "I don't know" },
      },
    ],
    sections: [
      {
        id: "main",
        title: { nl: "Algemeen", en: "General" },
        items: [
          {
            id: `${name}-shared-platforms`,
            node: "capability.efficiency",
            scale: "agree6",
            tags: ["oecd.government-as-a-platform"],
            text: {
              nl: "We gebruiken gedeelde platformen in plaats van alles zelf te bouwen.",
              en: "We use shared platforms instead of building everything ourselves.",
            },
          },
          {
            id: `${name}-pilots`,
            node: "capability.innovation",
            scale: "agree6",
            text: {
              nl: "We proberen nieuwe digitale toepassingen eerst uit in een kleine proef.",
              en: "We try out new digital applications in a small pilot first.",
            },
          },
          {
            id: `${name}-pilot-evaluation`,
            node: "capability.balance",
            scale: "agree6",
            showIf: { item: `${name}-pilots`, in: [4, 5, 6] },
            text: {
              nl: "Na een proef beslissen we op basis van de resultaten of we verder gaan.",
              en: "After a pilot we decide on the results whether to continue.",
            },
          },
        ],
      },
    ],
  };
}

const INDEX = `import { definePlugin, readInstrument } from "@maturo/plugin-sdk";

/** The plugin: its content is data in instrument.json at the package root. */
const plugin = definePlugin({
  instrument: readInstrument(new URL("../instrument.json", import.meta.url)),
});

export default plugin;
`;

function testFile(name: string, target: ScaffoldTarget): string {
  const header =
    target.kind === "workspace"
      ? `import { createTestHost, pluginContractProblems } from "@maturo/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";
`
      : `import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createTestHost, pluginContractProblems } from "@maturo/plugin-sdk/testing";
import plugin from "./index.js";
`;
  const equal = (actual: string, expected: string): string =>
    target.kind === "workspace"
      ? `expect(${actual}).toEqual(${expected});`
      : `assert.deepEqual(${actual}, ${expected});`;
  const contains = (list: string, value: string, yes: boolean): string =>
    target.kind === "workspace"
      ? `expect(${list}).${yes ? "" : "not."}toContain(${value});`
      : `assert.equal(${list}.includes(${value}), ${yes});`;
  return `${header}
describe("${name} plugin", () => {
  it("meets the plugin contract: valid, ids prefixed, a text in every declared language", () => {
    ${equal(`pluginContractProblems(plugin, { idPrefix: "${name}-" })`, "[]")}
  });

  it("asks about the evaluation only after a pilot", () => {
    const host = createTestHost([plugin]);
    const evaluation = "${name}-pilot-evaluation";
    const pilots = "${name}-pilots";
    ${contains(`host.askedItems("staff", { [pilots]: 2 })`, "evaluation", false)}
    ${contains(`host.askedItems("staff", { [pilots]: 5 })`, "evaluation", true)}
  });
});
`;
}

function readme({ name, target }: ScaffoldOptions): string {
  const pkg = target.kind === "workspace" ? `@maturo/plugin-${name}` : `maturo-plugin-${name}`;
  return `# ${pkg}

A questionnaire plugin for [Maturo](https://github.com/maturo-dev/maturo). Its content is
\`instrument.json\`: answer scales, sections and items, each item scoring into a node of the Maturo
framework (for example \`capability.efficiency\`).

## What it measures

- \`${name}-shared-platforms\` (capability.efficiency): We use shared platforms instead of building
  everything ourselves.
- \`${name}-pilots\` (capability.innovation): We try out new digital applications in a small pilot first.
- \`${name}-pilot-evaluation\` (capability.balance): After a pilot we decide on the results whether to
  continue. Asked only after agreement with the previous statement.

Answers use a 6-point agreement scale with "I don't know".

## Use

\`\`\`ts
import { loadPlugin } from "@maturo/plugin-sdk";

const result = await loadPlugin("${pkg}");
console.log(result.ok ? result.plugin.hash : result.problems);
\`\`\`

## Develop

Edit \`instrument.json\` (your editor completes it from \`$schema\`), then:

\`\`\`sh
${
  target.kind === "workspace"
    ? "pnpm maturo plugin validate .\npnpm maturo plugin inspect . --format json\npnpm build && pnpm test"
    : "npx maturo-plugin validate\nnpx maturo-plugin preview    # the questionnaire as respondents see it\nnpm run build && npm test && npm pack"
}
\`\`\`

Every text needs Dutch and English; \`version\` here and in \`instrument.json\` stay equal.
`;
}

/** The files of a new plugin package, by path relative to its folder. */
export function pluginFiles(options: ScaffoldOptions): Record<string, string> {
  const files: Record<string, string> = {
    // Biome lays package.json out like npm does: every array expanded.
    "package.json": `${JSON.stringify(packageJson(options), null, 2)}\n`,
    "tsconfig.json": json(tsconfig(options.target)),
    "instrument.json": json(instrument(options)),
    "src/index.ts": INDEX,
    "src/index.test.ts": testFile(options.name, options.target),
    "README.md": readme(options),
  };
  if (options.target.kind === "workspace") {
    files["tsconfig.build.json"] = json({ extends: ["./tsconfig.json", "@maturo/tsconfig/build.json"] });
    files["vitest.config.ts"] =
      'import { defineMaturoConfig } from "@maturo/vitest-config";\n\nexport default defineMaturoConfig();\n';
  } else {
    files["tsconfig.build.json"] = json({ extends: "./tsconfig.json", exclude: ["src/**/*.test.ts"] });
    files[".gitignore"] = "node_modules/\ndist/\ntest-build/\n*.tgz\n";
  }
  return files;
}
