import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli.js";
import { captureIo } from "./test-fixtures/capture-io.js";

const capture = captureIo;

const repo = new URL("../../../", import.meta.url).pathname;
const sdkFixtures = join(repo, "packages", "plugin-sdk", "src", "test-fixtures");
const temp = (): string => mkdtempSync(join(tmpdir(), "maturo-cli-"));

describe("maturo plugin new", () => {
  it("scaffolds a standalone plugin that validates as created", async () => {
    const dir = join(temp(), "open-data");
    const created = capture();
    expect(await runCli(["plugin", "new", "open-data", "--dir", dir], created)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      [
        ".gitignore",
        "README.md",
        "instrument.json",
        "package.json",
        "src",
        "tsconfig.build.json",
        "tsconfig.json",
      ].sort(),
    );
    expect(readFileSync(join(dir, "src", "index.test.ts"), "utf8")).toContain("@maturo/plugin-sdk/testing");
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(pkg.name).toBe("maturo-plugin-open-data");

    const validated = capture();
    expect(await runCli(["plugin", "validate", dir], validated)).toBe(0);
    expect(validated.out).toMatch(
      /^open-data 0\.1\.0: valid \(3 items in 1 sections, sha256:[0-9a-f]{64}\)\n$/,
    );
    expect(validated.err).toMatch(/not built yet/);

    const inspected = capture();
    expect(await runCli(["plugin", "inspect", dir, "--format", "json"], inspected)).toBe(0);
    const json = JSON.parse(inspected.out);
    expect(json.items.map((item: { id: string }) => item.id)).toEqual([
      "open-data-shared-platforms",
      "open-data-pilots",
      "open-data-pilot-evaluation",
    ]);
  });

  it("uses workspace links inside the Maturo workspace (default folder plugins/NAME)", async () => {
    const root = temp();
    mkdirSync(join(root, "packages", "plugin-sdk"), { recursive: true });
    writeFileSync(join(root, "pnpm-workspace.yaml"), "packages:\n  - plugins/*\n");
    writeFileSync(join(root, "packages", "plugin-sdk", "package.json"), '{ "name": "@maturo/plugin-sdk" }');
    const io = capture(root);
    expect(await runCli(["plugin", "new", "my-plugin"], io)).toBe(0);
    const dir = join(root, "plugins", "my-plugin");
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(pkg.name).toBe("@maturo/plugin-my-plugin");
    expect(pkg.dependencies["@maturo/plugin-sdk"]).toBe("workspace:^");
    expect(JSON.parse(readFileSync(join(dir, "instrument.json"), "utf8")).$schema).toBe(
      "../../packages/model/instrument.schema.json",
    );
    expect(existsSync(join(dir, "vitest.config.ts"))).toBe(true);
  });

  it("refuses a bad name and a non-empty folder", async () => {
    const io = capture();
    expect(await runCli(["plugin", "new", "My Plugin", "--dir", temp()], io)).toBe(1);
    expect(io.err).toMatch(/^NAME: expected a lower-case id/);
    const dir = temp();
    writeFileSync(join(dir, "x"), "");
    const again = capture();
    expect(await runCli(["plugin", "new", "ok", "--dir", dir], again)).toBe(1);
    expect(again.err).toMatch(/already exists and is not empty/);
  });
});

describe("maturo plugin validate on bad plugins", () => {
  const expected: Record<string, string[]> = JSON.parse(
    readFileSync(join(sdkFixtures, "bad-expected.json"), "utf8"),
  );
  const cases = Object.keys(expected);

  it.each(cases)("%s: exit 1, one path: message line per problem, no stack trace", async (file) => {
    const dir = temp();
    cpSync(join(sdkFixtures, "bad", file), join(dir, "instrument.json"));
    const io = capture();
    expect(await runCli(["plugin", "validate", dir], io)).toBe(1);
    expect(io.out).toBe("");
    const lines = io.err.trimEnd().split("\n");
    for (const wanted of expected[file] ?? [])
      expect(lines.some((line) => line.startsWith(wanted))).toBe(true);
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it("reports a missing folder and a missing argument", async () => {
    const io = capture(temp());
    expect(await runCli(["plugin", "validate", "nowhere"], io)).toBe(1);
    expect(io.err).toBe(
      `nowhere: cannot find the plugin package "nowhere" installed at ${io.cwd}: install it there (npm install nowhere), or list its folder as a path starting with "./" or "/"\n`,
    );
    const none = capture();
    expect(await runCli(["plugin", "validate"], none)).toBe(1);
    expect(none.err).toBe("missing the plugin folder (DIR)\n");
  });

  it("checks several plugins together", async () => {
    const a = temp();
    const b = temp();
    cpSync(join(sdkFixtures, "good", "instrument.json"), join(a, "instrument.json"));
    const other = JSON.parse(readFileSync(join(sdkFixtures, "good", "instrument.json"), "utf8"));
    other.id = "other";
    writeFileSync(join(b, "instrument.json"), JSON.stringify(other));
    const io = capture();
    expect(await runCli(["plugin", "validate", a, b, "--format", "json"], io)).toBe(1);
    expect(io.out).toBe("");
    expect(io.err).toContain(
      'other:sections[0].items[0].id: item id "sample-security" is also used by plugin "sample"',
    );
  });
});

describe("the four plugins of the repository", () => {
  const names = ["organisation", "users", "technology", "context"];
  // Only instrument.json is copied: the entries are checked by each plugin's own tests, and
  // the plugins may be being built while this runs.
  const copies = names.map((name) => {
    const dir = join(temp(), name);
    mkdirSync(dir);
    cpSync(join(repo, "plugins", name, "instrument.json"), join(dir, "instrument.json"));
    return dir;
  });

  it("validate, alone and together", async () => {
    const io = capture();
    expect(await runCli(["plugin", "validate", ...copies, "--format", "json"], io)).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.valid).toBe(true);
    expect(result.plugins.map((plugin: { id: string }) => plugin.id)).toEqual(names);
  });

  it.each(names.map((name, index) => [name, copies[index] ?? ""]))(
    "inspect lists the items of %s",
    async (name, dir) => {
      const io = capture();
      expect(await runCli(["plugin", "inspect", dir, "--format", "json"], io)).toBe(0);
      const json = JSON.parse(io.out);
      expect(json.id).toBe(name);
      expect(json.hash).toMatch(/^sha256:/);
      expect(json.items.length).toBeGreaterThanOrEqual(9);
      for (const item of json.items) {
        expect(Object.keys(item)).toEqual(
          expect.arrayContaining([
            "id",
            "node",
            "scale",
            "points",
            "positive",
            "reverse",
            "roles",
            "tags",
            "dontKnow",
          ]),
        );
        expect(item.roles.length).toBeGreaterThan(0);
      }
      expect(json.nodes.find((node: { id: string }) => node.id === "legacy.users")).toMatchObject({
        parent: "legacy",
      });
    },
  );

  it("cover every capability and legacy category with at least three items, and carry the 21 seed items", async () => {
    const items: { node: string; seed: unknown }[] = [];
    for (const dir of copies) {
      const io = capture();
      await runCli(["plugin", "inspect", dir, "--format", "json"], io);
      items.push(...JSON.parse(io.out).items);
    }
    for (const node of ["efficiency", "innovation", "balance"].map((c) => `capability.${c}`)) {
      expect(items.filter((item) => item.node === node).length, node).toBeGreaterThanOrEqual(3);
    }
    for (const node of ["organisation", "users", "technology"].map((c) => `legacy.${c}`)) {
      expect(items.filter((item) => item.node === node).length, node).toBeGreaterThanOrEqual(3);
    }
    expect(items.filter((item) => item.seed !== null)).toHaveLength(21);
  });
});
