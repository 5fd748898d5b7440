import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Instrument } from "@maturo/model";
import { describe, expect, it } from "vitest";
import { checkPlugins } from "./check-plugins.js";
import { definePlugin } from "./define-plugin.js";
import { loadPlugin } from "./load-plugin.js";
import { formatProblem } from "./problem.js";
import {
  compileSnapshot,
  createSnapshot,
  hashInstrument,
  PluginProblemsError,
  verifySnapshot,
} from "./snapshot.js";
import { assertValidPlugin, createTestHost, problemLines } from "./testing.js";

const goodText = readFileSync(new URL("./test-fixtures/good/instrument.json", import.meta.url), "utf8");
const good = (): Instrument => JSON.parse(goodText);

function renamed(instrument: Instrument, id: string, prefix: string): Instrument {
  const text = JSON.stringify({ ...instrument, id }).replaceAll('"sample-', `"${prefix}-`);
  return JSON.parse(text);
}

describe("definePlugin", () => {
  it("returns a frozen tagged object with the contract version", () => {
    const plugin = definePlugin({ instrument: good() });
    expect(plugin.kind).toBe("maturo-plugin");
    expect(plugin.apiVersion).toBe(1);
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(Object.isFrozen(plugin.instrument)).toBe(true);
    expect(problemLines(plugin)).toEqual([]);
  });

  it("refuses untagged objects and other contract versions", () => {
    expect(problemLines({ instrument: good() })).toEqual([
      '(plugin): not a plugin: expected an object made with definePlugin (kind "maturo-plugin")',
    ]);
    expect(problemLines({ kind: "maturo-plugin", apiVersion: 2, instrument: good() })).toEqual([
      "(plugin): written for contract version 2; this host supports version 1",
    ]);
    expect(() => assertValidPlugin(definePlugin({ instrument: { ...good(), version: "x" } }))).toThrow(
      /version: expected a semantic version/,
    );
  });
});

describe("checkPlugins", () => {
  it("finds item ids used by two plugins and missing locales", () => {
    const a = good();
    const b = { ...renamed(good(), "other", "other"), locales: ["nl"] };
    b.sections[0] = {
      ...b.sections[0],
      items: [...(b.sections[0]?.items ?? [])],
    } as Instrument["sections"][number];
    const clash = renamed(good(), "clash", "clash");
    const first = clash.sections[1]?.items[0];
    if (first) first.id = "sample-alderman";
    const lines = checkPlugins([a, b, clash]).map(formatProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^other:locales: no texts for locale "en", which the other plugins offer: add them, or declare a fallback/,
      ),
    );
    expect(lines).toContain(
      'clash:sections[1].items[0].id: item id "sample-alderman" is also used by plugin "sample": item ids must be unique across plugins, so rename it (start every item id with the plugin\'s id, e.g. "clash-…")',
    );
    expect(checkPlugins([a, a]).map(formatProblem)).toEqual([
      'sample:id: plugin "sample" is included more than once: list it only once',
    ]);
  });
});

describe("snapshots", () => {
  it("hash the content, not its formatting or the $schema hint", () => {
    const a = good();
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === "object" && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const b = reversed(a) as Instrument;
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
    expect(hashInstrument(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashInstrument({ ...b, $schema: "./elsewhere.json" })).toBe(hashInstrument(a));
    expect(hashInstrument({ ...a, version: "1.0.1" })).not.toBe(hashInstrument(a));
  });

  it("pin the plugins, verify, and compile to what scoring consumes", () => {
    const snapshot = createSnapshot([good(), renamed(good(), "other", "other")]);
    expect(verifySnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual([]);
    expect(compileSnapshot(snapshot).items).toHaveLength(8);
    const tampered = structuredClone(snapshot);
    const plugin = tampered.plugins[0];
    if (plugin) plugin.instrument.title = { nl: "Ander", en: "Other" };
    expect(verifySnapshot(tampered).map(formatProblem)).toEqual([
      'plugins[0].hash: does not match the content of plugin "sample"',
      "hash: does not match the snapshot's content",
    ]);
    expect(() => createSnapshot([good(), good()])).toThrow(PluginProblemsError);
  });
});

describe("createTestHost", () => {
  it("applies roles and conditions", () => {
    const host = createTestHost([definePlugin({ instrument: good() })]);
    expect(host.askedItems("staff")).toEqual(["sample-security", "sample-alderman"]);
    expect(host.askedItems("director", { "sample-security": 5 })).toEqual([
      "sample-security",
      "sample-old-systems",
      "sample-cloud-plan",
      "sample-alderman",
    ]);
    expect(host.askedItems("director", { "sample-security": "dk" })).not.toContain("sample-cloud-plan");
    // A misspelt id would make every `.not.toContain` pass for nothing: it is refused, by name.
    expect(() => host.askedItems("director", { "sample-securty": 5, "sample-x": 1 })).toThrow(
      'askedItems: answers name unknown items "sample-securty", "sample-x" (items of sample)',
    );
    expect(() => host.askedItems("mayor" as "staff")).toThrow('unknown role "mayor"');
    expect(host.item("sample-old-systems").reverse).toBe(true);
  });

  it("lists every problem of every plugin", () => {
    const broken = definePlugin({ instrument: { ...good(), apiVersion: 3, locales: ["nl", "en", "de"] } });
    expect(() => createTestHost([broken])).toThrow(
      /plugins\[0\]:apiVersion: contract version number 3 .*\n.*plugins\[0\]:locales\[2\]: declared locale "de" has no texts/s,
    );
  });
});

describe("loadPlugin", () => {
  function pluginDir(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), "maturo-plugin-"));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }
  const pkg = JSON.stringify({
    name: "maturo-plugin-sample",
    type: "module",
    exports: "./dist/index.js",
    files: ["dist", "instrument.json"],
  });
  const entry = (apiVersion: number): string =>
    `import { readFileSync } from "node:fs";\nexport default Object.freeze({ kind: "maturo-plugin", apiVersion: ${apiVersion}, instrument: JSON.parse(readFileSync(new URL("../instrument.json", import.meta.url), "utf8")) });\n`;

  it("loads a built plugin from a folder", async () => {
    const dir = pluginDir({ "package.json": pkg, "instrument.json": goodText, "dist/index.js": entry(1) });
    const result = await loadPlugin(dir);
    expect(result.ok && result.plugin.id).toBe("sample");
    expect(result.ok && result.plugin.entry).toBe(join("dist", "index.js"));
    expect(result.ok && result.plugin.hash).toBe(hashInstrument(good()));
  });

  it("checks instrument.json alone when the entry is not built, with a warning", async () => {
    const dir = pluginDir({ "package.json": pkg, "instrument.json": goodText });
    const result = await loadPlugin(dir);
    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toMatch(/not built yet/);
  });

  it("refuses another contract version, a broken entry, malformed JSON and a missing folder", async () => {
    const other = await loadPlugin(
      pluginDir({ "package.json": pkg, "instrument.json": goodText, "dist/index.js": entry(2) }),
    );
    expect(other.ok ? [] : other.problems.map(formatProblem)).toEqual([
      `${join("dist", "index.js")}: plugin is written for contract version 2; this host supports version 1`,
    ]);
    const broken = await loadPlugin(
      pluginDir({
        "package.json": pkg,
        "instrument.json": goodText,
        "dist/index.js": "throw new Error('kaput');",
      }),
    );
    expect(broken.ok ? [] : broken.problems.map(formatProblem)).toEqual([
      `${join("dist", "index.js")}: failed to load: kaput`,
    ]);
    const malformed = await loadPlugin(pluginDir({ "instrument.json": "{ nope" }));
    expect(malformed.ok ? [] : malformed.problems.map(formatProblem)[0]).toMatch(
      /^instrument.json: malformed JSON at line 1/,
    );
    const missing = await loadPlugin("./does-not-exist", { cwd: tmpdir() });
    expect(missing.ok ? [] : missing.problems.map(formatProblem)).toEqual([
      "./does-not-exist: no such folder",
    ]);
    const unknown = await loadPlugin("@maturo/plugin-nope", { cwd: tmpdir() });
    expect(unknown.ok ? "" : unknown.problems[0]?.message).toMatch(
      /cannot find the plugin package "@maturo\/plugin-nope" installed at/,
    );
  });

  it("loads by package name", async () => {
    const root = pluginDir({
      "node_modules/maturo-plugin-sample/package.json": pkg,
      "node_modules/maturo-plugin-sample/instrument.json": goodText,
      "node_modules/maturo-plugin-sample/dist/index.js": entry(1),
    });
    const result = await loadPlugin("maturo-plugin-sample", { cwd: root });
    expect(result.ok && result.plugin.packageName).toBe("maturo-plugin-sample");
  });

  it("refuses an installed package packed without its build", async () => {
    const root = pluginDir({
      "node_modules/maturo-plugin-sample/package.json": pkg,
      "node_modules/maturo-plugin-sample/instrument.json": goodText,
    });
    const result = await loadPlugin("maturo-plugin-sample", { cwd: root });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      './dist/index.js: missing: the package was packed without its build; run the build before packing (a "prepack": "npm run build" script does it)',
    ]);
  });

  it("resolves package names from packagesFrom and folders from cwd", async () => {
    const installation = pluginDir({
      "node_modules/maturo-plugin-sample/package.json": pkg,
      "node_modules/maturo-plugin-sample/instrument.json": goodText,
      "node_modules/maturo-plugin-sample/dist/index.js": entry(1),
    });
    const configDir = pluginDir({ "local/package.json": pkg, "local/instrument.json": goodText });
    const byName = await loadPlugin("maturo-plugin-sample", { cwd: configDir, packagesFrom: installation });
    expect(byName.ok && byName.plugin.dir).toBe(join(installation, "node_modules", "maturo-plugin-sample"));
    const byFolder = await loadPlugin("./local", { cwd: configDir, packagesFrom: installation });
    expect(byFolder.ok && byFolder.plugin.dir).toBe(join(configDir, "local"));
  });

  it("refuses a package version that differs from the instrument version", async () => {
    const versioned = JSON.stringify({ ...JSON.parse(pkg), version: "0.1.0" });
    const result = await loadPlugin(pluginDir({ "package.json": versioned, "instrument.json": goodText }));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `package.json.version: "0.1.0" differs from the version in instrument.json ("${good().version}"): give both the same version, so a frozen instrument names the package that made it`,
    ]);
  });

  it("refuses a Dutch-less plugin, and accepts it with a declared fallback and a warning", async () => {
    const dutchless = readFileSync(new URL("./test-fixtures/bad/dutch-less.json", import.meta.url), "utf8");
    const refused = await loadPlugin(pluginDir({ "package.json": pkg, "instrument.json": dutchless }));
    expect(refused.ok ? [] : refused.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^locales: Dutch \("nl"\) is missing: .*"localeFallbacks": \{ "nl": "en" \}/),
    ]);
    const withFallback = JSON.stringify({ ...JSON.parse(pkg), maturo: { localeFallbacks: { nl: "en" } } });
    const accepted = await loadPlugin(
      pluginDir({ "package.json": withFallback, "instrument.json": dutchless }),
    );
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(accepted.plugin.instrument.locales).toEqual(["en", "nl"]);
    expect(accepted.plugin.instrument.sections[0]?.items[0]?.text.nl).toBe(
      accepted.plugin.instrument.sections[0]?.items[0]?.text.en,
    );
    expect(accepted.warnings).toContainEqual(
      expect.stringMatching(
        /texts have no Dutch \("nl"\) version; respondents in that language read the English \("en"\) text/,
      ),
    );
  });
});

describe("pluginContractProblems", () => {
  it("lists a wrong prefix, a missing text and an item the README leaves out, one line each", async () => {
    const { pluginContractProblems } = await import("./testing.js");
    const { definePlugin } = await import("./define-plugin.js");
    const plugin = definePlugin({
      instrument: {
        id: "demo",
        version: "1.0.0",
        apiVersion: 1,
        locales: ["nl", "en"],
        title: { nl: "Demo", en: "Demo" },
        scales: [
          {
            id: "agree6",
            points: 6,
            positive: [5, 6],
            dontKnow: true,
            labels: { nl: ["1", "2", "3", "4", "5", "6"], en: ["1", "2", "3", "4", "5", "6"] },
          },
        ],
        sections: [
          {
            id: "main",
            title: { nl: "Hoofd", en: "Main" },
            items: [
              {
                id: "demo-listed",
                node: "capability.efficiency",
                scale: "agree6",
                text: { nl: "Een", en: "One" },
              },
              {
                id: "other-id",
                node: "capability.efficiency",
                scale: "agree6",
                text: { nl: "Twee", en: "Two" },
              },
            ],
          },
        ],
      },
    });
    expect(pluginContractProblems(plugin, { idPrefix: "demo-", readme: "- `demo-listed`" })).toEqual([
      'other-id: id does not start with "demo-"',
      "other-id: not listed in the README",
    ]);
    expect(pluginContractProblems(plugin, { idPrefix: "" })).toEqual([]);
  });
});
