import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { missingService } from "@maturo/vitest-config";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";

function available(command: string, hint: string): boolean {
  const probe = spawnSync(command, ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    missingService(command, hint);
    return false;
  }
  return true;
}

/** Saves the download that `click` starts into `dir`; returns its path. */
async function download(page: Page, dir: string, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const target = join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe.skipIf(!chromiumPath)("the research console in Chromium, on the demo data", () => {
  let harness: Harness;
  let page: Page;
  let downloads: string;
  let waveId: number;
  let regressionScript: string;
  let rSquared: string[];
  let reliabilityScript: string;
  let alphas: string[];
  const hasPspp = available("pspp", "apt-get install -y pspp");
  const hasR = available("Rscript", "apt-get install -y r-base-core");

  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
    page = await harness.newPage();
    downloads = await mkdtemp(join(tmpdir(), "maturo-e2e-downloads-"));
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it("a researcher logs in and lands on the console (axe clean)", async () => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill("researcher@example.org");
    await page.getByLabel("Wachtwoord").fill("maturo-demo-research");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await page.getByRole("heading", { level: 1, name: "Onderzoeksconsole" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/console");
    const first = page.getByRole("link", { name: /^Respons — / }).first();
    waveId = Number((await first.getAttribute("href"))?.split("/")[3]);
    expect(waveId).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it("freezes the installed plugins into an instrument version and shows its hash", async () => {
    await page.getByRole("link", { name: "Instrumenten" }).click();
    await page.getByRole("heading", { level: 1, name: "Instrumenten" }).waitFor();
    await page.getByLabel("Titel van de versie").fill("Maturo e2e");
    await page.getByRole("button", { name: "Bevriezen" }).click();
    const frozen = page.getByTestId("frozen");
    await frozen.waitFor();
    expect(await frozen.textContent()).toMatch(/Hash: sha256:[0-9a-f]{64}/);
    await expectAccessible(page);
  });

  it("previews the questionnaire as each role in both languages", async () => {
    await page.getByLabel("Rol", { exact: true }).selectOption("staff");
    await page.getByLabel("Taal", { exact: true }).selectOption("en");
    await page.getByRole("button", { name: "Toon voorbeeld" }).click();
    const preview = page.getByTestId("preview");
    await preview.waitFor();
    expect(await preview.getAttribute("lang")).toBe("en");
    const staffCount = Number(
      (await page.getByText(/vragen voor deze rol/).textContent())?.match(/\d+/)?.[0],
    );
    await page.getByLabel("Rol", { exact: true }).selectOption("director");
    await page.getByLabel("Taal", { exact: true }).selectOption("nl");
    await page.getByRole("button", { name: "Toon voorbeeld" }).click();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=preview]")?.getAttribute("lang") === "nl",
    );
    const directorCount = Number(
      (await page.getByText(/vragen voor deze rol/).textContent())?.match(/\d+/)?.[0],
    );
    // Directors are asked the yes/no context items staff are not.
    expect(directorCount).toBeGreaterThan(staffCount);
    await expectAccessible(page);
  });

  it("shows the response rates: the seed's 45% of invited and 61% of organisations", async () => {
    await page.goto(`/console/waves/${waveId}/rates`);
    const coverage = page.getByTestId("coverage");
    await coverage.waitFor();
    expect(await coverage.textContent()).toContain("183 van 300 (61%)");
    expect(await page.getByTestId("response-rate").textContent()).toMatch(
      /^260 van \d+ uitgenodigden \(45%\)$/,
    );
    await page.getByRole("table", { name: "Per provincie" }).waitFor();
    await page.getByRole("table", { name: "Per rol" }).waitFor();
    await page.getByRole("table", { name: "Verloop in de tijd" }).waitFor();
    await expectAccessible(page);
  });

  it("sorts % positive per item with header buttons that report aria-sort", async () => {
    await page.getByRole("link", { name: "Items", exact: true }).click();
    const table = page.getByTestId("items-table");
    await table.waitFor();
    const header = table.getByRole("columnheader", { name: /% positief/ });
    expect(await header.getAttribute("aria-sort")).toBe("none");
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await header.getByRole("button").press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const values = (await table.locator("tbody tr td:nth-child(4)").allTextContents()).map((v) =>
      Number(v.replace(",", ".")),
    );
    expect(values.slice(0, 5)).toEqual([...values.slice(0, 5)].sort((a, b) => b - a));
    expect(await page.getByTestId("strengths").locator("li").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("challenges").locator("li").count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it("shows the reliability of every scale", async () => {
    await page.getByRole("link", { name: "Betrouwbaarheid" }).click();
    const table = page.getByTestId("reliability-table");
    await table.waitFor();
    alphas = (await table.locator("tbody tr td:nth-child(4)").allTextContents())
      .filter((v) => v !== "—")
      .map((v) => v.replace(",", "."));
    expect(alphas.length).toBeGreaterThan(5);
    for (const alpha of alphas) expect(Number(alpha)).toBeGreaterThan(0.5);
    reliabilityScript = await download(page, downloads, () =>
      page.getByRole("button", { name: "R-script dat deze tabel reproduceert" }).click(),
    );
    expect(await page.getByTestId("provenance-hash").textContent()).toMatch(/^sha256:/);
    await expectAccessible(page);
  });

  it("builds the three-model regression on the context scales in the seed's layout", async () => {
    await page.getByRole("link", { name: "Regressie" }).click();
    await page.getByRole("button", { name: "Tabel maken" }).click();
    const table = page.getByTestId("regression-table");
    await table.waitFor();
    const columns = await table.locator("thead th").allTextContents();
    expect(columns).toHaveLength(3);
    const rowLabels = await table.locator("tbody th").allTextContents();
    expect(rowLabels).toEqual(expect.arrayContaining(["Constant", "R²", "N"]));
    expect(rowLabels.some((l) => /adj/i.test(l))).toBe(true);
    expect(rowLabels.some((l) => /^F/.test(l))).toBe(true);
    const cells = await table.locator("tbody tr.term-row td").allTextContents();
    expect(cells.length).toBeGreaterThan(9);
    for (const cell of cells.filter((c) => c !== ""))
      expect(cell).toMatch(/^-?\d+\.\d{3}(\*{1,3}|\+)? \(\d+\.\d{3}\)$/);
    rSquared = await table
      .locator("tbody tr", { has: page.locator("th", { hasText: /^R²$/ }) })
      .locator("td")
      .allTextContents();
    expect(rSquared).toHaveLength(3);
    for (const r2 of rSquared) expect(Number(r2)).toBeGreaterThan(0);
    regressionScript = await download(page, downloads, () =>
      page.getByRole("button", { name: "R-script dat deze tabel reproduceert" }).click(),
    );
    for (const format of ["Markdown", "LaTeX", "CSV"]) {
      const file = await download(page, downloads, () =>
        page.getByRole("button", { name: `Downloaden als ${format}` }).click(),
      );
      expect((await readFile(file, "utf8")).length).toBeGreaterThan(100);
    }
    await expectAccessible(page);
  });

  it("downloads the SPSS export; PSPP runs it and Rscript reproduces the regression from it", async () => {
    await page.getByRole("link", { name: "Exports" }).click();
    await page.getByLabel("SPSS-syntax met labels").check();
    await page.getByRole("button", { name: "Export maken" }).click();
    await page.getByText(/respondenten geëxporteerd/).waitFor();
    const files = page.getByTestId("export-files");
    const sps = await download(page, downloads, () =>
      files.getByRole("button", { name: /\.sps downloaden$/ }).click(),
    );
    await download(page, downloads, () =>
      files.getByRole("button", { name: `maturo-campaign-${waveId}.csv downloaden` }).click(),
    );
    expect(await readFile(sps, "utf8")).toContain("MISSING VALUES");
    await expectAccessible(page);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: /^Exports: / }).waitFor();
    await page.getByRole("button", { name: "Make export" }).waitFor();
    await expectAccessible(page);

    if (hasPspp) {
      const pspp = spawnSync("pspp", [sps], { cwd: downloads, encoding: "utf8" });
      expect(pspp.status, pspp.stdout + pspp.stderr).toBe(0);
      expect(pspp.stdout + pspp.stderr).not.toMatch(/error/i);
    }
    if (hasR) {
      const r = spawnSync("Rscript", [regressionScript], { cwd: downloads, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain("respondents in the export: 260");
      for (const r2 of rSquared) expect(r.stdout).toContain(r2);
      const alpha = spawnSync("Rscript", [reliabilityScript], { cwd: downloads, encoding: "utf8" });
      expect(alpha.status, alpha.stderr).toBe(0);
      for (const a of alphas) expect(alpha.stdout).toContain(a);
    }
  }, 120_000);
});
