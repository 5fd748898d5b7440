import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPreview, runMaturoPlugin, startPreview } from "./authoring.js";
import { loadPlugin } from "./load-plugin.js";

const fixtures = new URL("./test-fixtures/", import.meta.url).pathname;

/** A plugin folder holding one fixture as its instrument.json. */
function pluginFolder(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), "maturo-authoring-"));
  cpSync(join(fixtures, fixture), join(dir, "instrument.json"));
  return dir;
}

function capture(cwd: string): {
  cwd: string;
  out: string;
  err: string;
  stdout(t: string): void;
  stderr(t: string): void;
} {
  const io = {
    cwd,
    out: "",
    err: "",
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

describe("the preview", () => {
  it("shows the questionnaire per language and role, and follow-ups after the answer they need", async () => {
    const loaded = await loadPlugin(pluginFolder("good/instrument.json"));
    if (!loaded.ok) throw new Error("fixture does not load");
    const { instrument } = loaded.plugin;
    const dutchStaff = renderPreview(instrument, { locale: "nl", role: "staff", answers: {} });
    expect(dutchStaff).toContain('<html lang="nl">');
    expect(dutchStaff).toContain("Onze informatie is goed beveiligd.");
    expect(dutchStaff).not.toContain("Our information is well secured.");
    expect(dutchStaff).not.toContain("Oude systemen houden ons tegen."); // directors and managers only
    expect(dutchStaff).not.toContain("We hebben een plan voor de cloud."); // only after a positive answer

    const englishDirector = renderPreview(instrument, {
      locale: "en",
      role: "director",
      answers: { "sample-security": 5 },
    });
    expect(englishDirector).toContain("Old systems hold us back.");
    expect(englishDirector).toContain("We have a plan for the cloud.");
    expect(englishDirector).toMatch(/name="a.sample-security" value="5" checked/);
  });

  it("serves the page over HTTP, and a plugin's problems instead when it does not validate", async () => {
    const preview = await startPreview(pluginFolder("good/instrument.json"));
    const bad = await startPreview(pluginFolder("bad/dutch-less.json"));
    try {
      const page = await fetch(`${preview.url}?locale=en&role=manager&a.sample-security=2`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("Old systems hold us back.");
      expect(html).not.toContain("We have a plan for the cloud.");
      expect(html).toContain('<option value="manager" selected>Management team member</option>');
      const problems = await fetch(bad.url);
      expect(problems.status).toBe(422);
      expect(await problems.text()).toContain("locales: Dutch (&#34;nl&#34;) is missing");
    } finally {
      await preview.close();
      await bad.close();
    }
  });
});

describe("maturo-plugin", () => {
  it("validates a folder and refuses a Dutch-less plugin with the fix", async () => {
    const good = capture(pluginFolder("good/instrument.json"));
    expect((await runMaturoPlugin(["validate"], good)).exitCode).toBe(0);
    expect(good.out).toMatch(/^sample 1\.0\.0: valid \(4 items, sha256:/);
    const bad = capture(pluginFolder("bad/dutch-less.json"));
    expect((await runMaturoPlugin(["validate", "."], bad)).exitCode).toBe(1);
    expect(bad.err).toMatch(/^locales: Dutch \("nl"\) is missing: .*"localeFallbacks"/);
  });

  it("inspects, scaffolds a plugin that validates, and explains its usage", async () => {
    const io = capture(pluginFolder("good/instrument.json"));
    expect((await runMaturoPlugin(["inspect", "--json"], io)).exitCode).toBe(0);
    expect(JSON.parse(io.out).items).toHaveLength(4);

    const root = mkdtempSync(join(tmpdir(), "maturo-authoring-new-"));
    const created = capture(root);
    expect((await runMaturoPlugin(["new", "open-data"], created)).exitCode).toBe(0);
    const check = capture(join(root, "open-data"));
    expect((await runMaturoPlugin(["validate"], check)).exitCode).toBe(0);
    expect(check.err).toMatch(/not built yet/);

    const help = capture(root);
    expect((await runMaturoPlugin([], help)).exitCode).toBe(0);
    expect(help.out).toContain("maturo-plugin preview [DIR] [--port N]");
    const unknown = capture(root);
    expect((await runMaturoPlugin(["publish"], unknown)).exitCode).toBe(2);
    expect(unknown.err).toMatch(/^unknown command "publish"/);
  });
});
