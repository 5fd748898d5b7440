import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { missingService } from "@maturo/vitest-config";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";
import { printedRow, printedTable, runRscript } from "./rscript.js";

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

interface PageRow {
  /** The id in the row's `<code>` hint (item or node id), if any. */
  id: string | null;
  /** The row header, if any. */
  header: string | null;
  /** Each cell's text as shown. */
  cells: string[];
}

async function pageRows(table: Locator): Promise<PageRow[]> {
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.querySelector("code")?.textContent ?? null,
      header: row.querySelector("th")?.textContent ?? null,
      cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? ""),
    })),
  );
}

/** A number as the Dutch page shows it (`62,5`; `—` for none) the way R prints it (`62.5`; `NA`). */
function asR(shown: string): string {
  return shown === "—" ? "NA" : shown.replace(",", ".");
}

/** A regression table's rows with R's English row names and decimal points, as the R script prints them. */
function inEnglish(shown: PageRow[]): PageRow[] {
  const inR: Record<string, string> = { Constante: "Constant", "Aangepaste R²": "Adjusted R²" };
  return shown.map((row) => ({
    ...row,
    header: row.header === null ? null : (inR[row.header] ?? row.header),
    cells: row.cells.map((cell) => cell.replace(/(\d),(\d)/g, "$1.$2")),
  }));
}

/** What a table page showed, and the R script it offered to reproduce it. */
interface ShownTable {
  script: string;
  rows: PageRow[];
}

let scripts = 0;

/**
 * Downloads the page's "R script that reproduces this table"; its header names the page's instrument
 * hash. Kept under its own name: every variant of a table downloads under the same file name.
 */
async function tableScript(page: Page, dir: string): Promise<string> {
  const downloaded = await download(page, dir, () =>
    page.getByRole("button", { name: "R-script dat deze tabel reproduceert" }).click(),
  );
  const script = join(dir, `${++scripts}-${basename(downloaded)}`);
  await rename(downloaded, script);
  const hash = (await page.getByTestId("provenance-hash").textContent()) ?? "";
  expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(await readFile(script, "utf8")).toContain(hash);
  return script;
}

describe.skipIf(!chromiumPath)("the research console in Chromium, on the demo data", () => {
  let harness: Harness;
  let page: Page;
  let downloads: string;
  let waveId: number;
  let items: ShownTable & { scores: PageRow[]; strengths: string[]; challenges: string[] };
  let reliability: ShownTable & { conditional: PageRow[] };
  let regression: ShownTable & { columns: string[] };
  let weighted: ShownTable & { columns: string[] };
  let organisations: ShownTable & { columns: string[] };
  const hasPspp = available("pspp", "apt-get install -y pspp");
  const hasR = available("Rscript", "apt-get install -y r-base-core");

  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, {
      demo: true,
      // The admin's permission for identified exports, as the admin console grants it (tested there).
      prepare: async ({ db, now }) => {
        await db
          .updateTable("users")
          .set({ identified_exports_at: now().toISOString() })
          .where("email", "=", "researcher@example.org")
          .execute();
      },
    });
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
    // The organisations that have not answered: organisations only, never who inside one.
    const silent = page.getByRole("table", { name: "Organisaties zonder antwoord (117)" });
    await silent.waitFor();
    expect(await silent.locator("tbody tr").count()).toBe(117);
    // Each header is a sort button ("Code↕ (Sorteer op Code)"): the column name comes first.
    const headers = await silent.locator("thead th").allTextContents();
    expect(headers.map((h) => h.split("↕")[0])).toEqual([
      "Code",
      "Organisatie",
      "Provincie",
      "Grootteklasse",
      "Soort",
      "Uitnodigingen",
    ]);
    await page.getByRole("table", { name: "Per provincie" }).waitFor();
    await page.getByRole("table", { name: "Per rol" }).waitFor();
    const overTime = page.getByRole("table", { name: "Verloop in de tijd" });
    await overTime.waitFor();
    // Days as dates like elsewhere in the console; bar lengths in proportion to the cumulative count.
    const days = await overTime.locator("tbody tr td:first-child").allTextContents();
    expect(days.length).toBeGreaterThan(1);
    for (const day of days) expect(day).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const widths = await overTime
      .locator(".bar")
      .evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
    expect(new Set(widths.map(Math.round)).size).toBeGreaterThan(1);
    expect(widths[0]).toBeLessThan(widths[widths.length - 1] ?? 0);
    // Size classes by label, smallest first.
    const sizes = await page
      .getByRole("table", { name: "Per grootteklasse" })
      .locator("tbody tr td:first-child")
      .allTextContents();
    expect(sizes.slice(0, 4)).toEqual([
      "< 10.000 inwoners",
      "10.000–24.999 inwoners",
      "25.000–49.999 inwoners",
      "≥ 50.000 inwoners",
    ]);
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
    const strengths = await page.getByTestId("strengths").locator("li").allTextContents();
    const challenges = await page.getByTestId("challenges").locator("li").allTextContents();
    expect(strengths.length).toBeGreaterThan(0);
    expect(challenges.length).toBeGreaterThan(0);
    items = {
      script: await tableScript(page, downloads),
      rows: await pageRows(table),
      scores: await pageRows(page.getByTestId("scores-table")),
      strengths,
      challenges,
    };
    await expectAccessible(page);
  });

  it("shows the reliability of every scale", async () => {
    await page.getByRole("link", { name: "Betrouwbaarheid" }).click();
    const table = page.getByTestId("reliability-table");
    await table.waitFor();
    const rows = await pageRows(table);
    const alphas = rows.map((row) => row.cells[3] ?? "").filter((v) => v !== "—");
    expect(alphas.length).toBeGreaterThan(5);
    for (const alpha of alphas) expect(Number(asR(alpha))).toBeGreaterThan(0.5);
    // Innovation has a conditional item (asked after a filter question): alpha over the items
    // everyone was asked, and separately with it, each with its N and the reason.
    const conditional = await pageRows(page.getByTestId("reliability-conditional-table"));
    const innovation = conditional.find((row) => row.id === "capability.innovation");
    expect(innovation?.cells[5]).toMatch(
      /^met de voorwaardelijke items \(users-open-data-use\), over de \d+ respondenten/,
    );
    const core = rows.find((row) => row.id === "capability.innovation");
    expect(Number(core?.cells[2])).toBeGreaterThan(Number(innovation?.cells[2]));
    reliability = { script: await tableScript(page, downloads), rows, conditional };
    await expectAccessible(page);
  });

  it("builds the three-model regression on the context scales in the seed's layout", async () => {
    await page.getByRole("link", { name: "Regressie" }).click();
    await page.getByRole("button", { name: "Tabel maken" }).click();
    const table = page.getByTestId("regression-table");
    await table.waitFor();
    const columns = await table.locator("thead th").allTextContents();
    expect(columns).toHaveLength(3);
    // The page is in Dutch: Dutch row names and notes, decimal commas.
    const rowLabels = await table.locator("tbody th").allTextContents();
    expect(rowLabels).toEqual(expect.arrayContaining(["Constante", "R²", "Aangepaste R²", "F", "N"]));
    expect(rowLabels).not.toContain("Constant");
    const cells = await table.locator("tbody tr.term-row td").allTextContents();
    expect(cells.length).toBeGreaterThan(9);
    for (const cell of cells.filter((c) => c !== ""))
      expect(cell).toMatch(/^-?\d+,\d{3}(\*{1,3}|\+)? \(\d+,\d{3}\)$/);
    await expect
      .poll(() =>
        page.getByText("Ongestandaardiseerde coëfficiënten met standaardfouten tussen haakjes.").count(),
      )
      .toBe(1);
    expect(await page.getByTestId("regression-n-note").textContent()).toMatch(/listwise/);
    const shown = await pageRows(table);
    const rSquared = shown.find((row) => row.header === "R²")?.cells ?? [];
    expect(rSquared).toHaveLength(3);
    for (const r2 of rSquared) expect(Number(asR(r2))).toBeGreaterThan(0);
    const rows = inEnglish(shown);
    regression = { script: await tableScript(page, downloads), rows, columns };
    // The note under the table says which errors and weights were used: by default errors clustered
    // by organisation, unweighted.
    expect(
      await page.getByText(/^Standaardfouten geclusterd per organisatie \(CR1, \d+ clusters\)/).count(),
    ).toBe(1);
    expect(await page.getByText("Ongewogen.").count()).toBe(1);
    for (const format of ["Markdown", "LaTeX", "CSV"]) {
      const file = await download(page, downloads, () =>
        page.getByRole("button", { name: `Downloaden als ${format}` }).click(),
      );
      const content = await readFile(file, "utf8");
      expect(content.length).toBeGreaterThan(100);
      expect(content).toContain("Aangepaste R");
      // Markdown and LaTeX with decimal commas; the CSV is data, with decimal points.
      expect(content).toMatch(format === "CSV" ? /\n(?:"?)R²,\d+\.\d{3},/ : /\d,\d{3}/);
    }
    await expectAccessible(page);
  });

  it("builds the table with CR2 errors, raked weights and province and size class as controls", async () => {
    await page.getByLabel("Standaardfouten").selectOption("cr2");
    await page.getByLabel("Gewichten").selectOption("raked");
    await page.getByRole("checkbox", { name: "Provincie" }).check();
    await page.getByRole("checkbox", { name: "Grootteklasse" }).check();
    await page.getByRole("button", { name: "Tabel maken" }).click();
    await page.getByText(/^Gewogen: de \d+ deelnemende organisaties herwogen/).waitFor();
    expect(
      await page.getByText(/^Standaardfouten geclusterd per organisatie \(CR2, \d+ clusters\)/).count(),
    ).toBe(1);
    const table = page.getByTestId("regression-table");
    const rowLabels = await table.locator("tbody th").allTextContents();
    expect(rowLabels).toContain("Provincie: Limburg");
    weighted = {
      script: await tableScript(page, downloads),
      rows: inEnglish(await pageRows(table)),
      columns: [],
    };
    await expectAccessible(page);
  });

  it("builds the table at organisation level, raked, submitted from the keyboard", async () => {
    const level = page.getByLabel("Niveau");
    await level.focus();
    await level.selectOption("organisation");
    await page.getByRole("checkbox", { name: "Provincie" }).uncheck();
    await page.getByRole("checkbox", { name: "Grootteklasse" }).uncheck();
    await page.getByRole("button", { name: "Tabel maken" }).focus();
    await page.keyboard.press("Enter");
    await page
      .getByText("Organisatieniveau: eerst het gemiddelde van de respondenten per organisatie.")
      .waitFor();
    const table = page.getByTestId("regression-table");
    await page.getByText("Gewone (OLS-)standaardfouten.").waitFor();
    organisations = {
      script: await tableScript(page, downloads),
      rows: inEnglish(await pageRows(table)),
      columns: [],
    };
    const n = organisations.rows.find((row) => row.header === "N")?.cells ?? [];
    for (const cell of n) expect(Number(cell)).toBeLessThanOrEqual(183);
    await expectAccessible(page);
  });

  it("downloads the SPSS export with its data CSV, and PSPP runs it", async () => {
    await page.getByRole("link", { name: "Exports" }).click();
    await page.getByLabel("SPSS-syntax met labels").check();
    // Identified (the researcher holds the admin's permission, granted above): the R scripts of the raked tables
    // need every organisation's province and size class, which a pseudonymised export coarsens.
    await page.getByLabel(/^Geïdentificeerd/).check();
    await page
      .getByLabel(/^Doel van de geïdentificeerde export/)
      .fill("Reproduceren van de gewogen tabellen in R");
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
  }, 120_000);

  // The R scripts read the CSV the export above downloaded next to them.
  describe.skipIf(!hasR)("Rscript reproduces every table from the exported data", () => {
    it("items: N valid and % positive per item, strengths and challenges, score descriptives", () => {
      const out = runRscript(items.script, downloads);
      expect(out).toContain("respondents in the export: 260");
      const printed = printedTable(out, "% positive per item");
      expect(printed.size).toBe(items.rows.length);
      for (const { id, cells } of items.rows) {
        const [, , n = "", positive = ""] = cells;
        expect(printed.get(id ?? ""), `item ${id}`).toEqual([expect.any(String), n, asR(positive)]);
      }
      // The lists show item texts; the items table pairs each text with its id.
      const idOf = new Map(items.rows.map(({ id, cells }) => [cells[0]?.slice(0, -` ${id}`.length), id]));
      const listed = (shown: string[]) =>
        shown.map((li) => {
          const [, text, positive] = /^(.*) — (\d+)%$/.exec(li) ?? [];
          return [idOf.get(text), [positive]];
        });
      expect([...printedTable(out, "Strengths (highest % positive)")]).toEqual(listed(items.strengths));
      expect([...printedTable(out, "Challenges (lowest % positive)")]).toEqual(listed(items.challenges));
      // The full descriptives: n asked, n valid, mean, SD, median, distribution, % don't know, reverse-coded.
      const described = printedTable(out, "Item descriptives");
      expect(items.rows.some((row) => row.cells[10] === "omgekeerd")).toBe(true);
      for (const { id, cells } of items.rows) {
        const [
          ,
          ,
          n = "",
          ,
          asked = "",
          mean = "",
          sd = "",
          median = "",
          distribution = "",
          dk = "",
          reverse,
        ] = cells;
        expect(described.get(id ?? ""), `item ${id}`).toEqual([
          asked,
          n,
          asR(mean),
          asR(sd),
          asR(median),
          distribution,
          asR(dk),
          reverse === "omgekeerd" ? "TRUE" : "FALSE",
        ]);
      }
      expect(
        Number(/largest difference between recomputed and stored scores: (\S+)/.exec(out)?.[1]),
      ).toBeLessThan(1e-9);
      const scores = printedTable(out, "Scores per category (0-100)");
      expect(items.scores.length).toBeGreaterThan(10);
      for (const { id, cells } of items.scores) {
        const [, n = "", mean = "", sd = ""] = cells;
        expect(scores.get(id ?? ""), `score ${id}`).toEqual([expect.any(String), n, asR(mean), asR(sd)]);
      }
    });

    it("reliability: k, N, alpha and standardised alpha per scale, with and without conditional items", () => {
      const out = runRscript(reliability.script, downloads);
      for (const [title, rows] of [
        ["Cronbach's alpha per scale (items asked of everyone)", reliability.rows],
        ["Cronbach's alpha with the conditional items (respondents asked them)", reliability.conditional],
      ] as const) {
        const printed = printedTable(out, title);
        const withAlpha = rows.filter((row) => row.cells[3] !== "—");
        expect(printed.size).toBe(withAlpha.length);
        for (const { id, cells } of withAlpha) {
          const [, k = "", n = "", alpha = "", standardized = ""] = cells;
          expect(printed.get(id ?? "")?.slice(0, 4), `scale ${id}`).toEqual([
            k,
            n,
            asR(alpha),
            asR(standardized),
          ]);
        }
      }
    });

    it.each([
      ["respondent level, CR1 errors, unweighted", () => regression],
      ["respondent level, CR2 errors, raked, with controls", () => weighted],
      ["organisation level, raked", () => organisations],
    ])("regression (%s): scores recomputed from the items, every cell of every row", (_, shown) => {
      const { script, rows, columns } = shown();
      const out = runRscript(script, downloads);
      for (const column of columns) expect(out).toContain(column);
      const difference = Number(
        /largest difference between recomputed and stored scores: (\S+)/.exec(out)?.[1],
      );
      expect(difference).toBeLessThan(1e-9);
      expect(rows.length).toBeGreaterThan(8);
      for (const { header, cells } of rows)
        expect(printedRow(out, header ?? "", cells), `${header}: ${cells.join(" | ")}\n${out}`).toBe(true);
    });
  });

  it("creates a wave over a filtered population (province, size class, kind)", async () => {
    await page.goto("/console/campaigns");
    // The export test above switched the console to English.
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { level: 1, name: "Bevragingen" }).waitFor();
    await page.getByLabel("Naam", { exact: true }).fill("Golf Limburg klein");
    const count = page.getByTestId("population-count");
    expect(await count.textContent()).toBe("Alle organisaties in de populatie");
    await page.getByRole("checkbox", { name: "Limburg" }).check();
    await page.getByRole("checkbox", { name: "< 10.000 inwoners" }).check();
    await expect.poll(() => count.textContent()).toMatch(/^\d+ organisaties voldoen aan deze keuze\.$/);
    const n = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(300);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Bevraging aanmaken" }).click();
    await page.getByText(new RegExp(`^Bevraging #\\d+ aangemaakt over ${n} organisaties\\.$`)).waitFor();
  });
});
