import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { exportSpss } from "./export-files.js";
import { spssString } from "./spss-string.js";
import { truncateUtf8 } from "./spss-syntax.js";
import { datasetFixture } from "./test-fixtures/dataset.js";
import { psppTables, requireTool, writeExport } from "./test-fixtures/tools.js";

const run = promisify(execFile);
const pspp = requireTool("pspp", "GNU PSPP", "pspp");
const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

/** Export, append the commands that report the dictionary, run PSPP, return its tables. */
async function runPspp(locale: "nl" | "en", commands: string, empty = false): Promise<Tables> {
  const dataset = datasetFixture(locale);
  const files = exportSpss(empty ? { ...dataset, rows: [] } : dataset, { bom: true });
  const dir = await writeExport(files);
  folders.push(dir);
  const syntax = files.find((file) => file.name.endsWith(".sps"));
  if (!syntax) throw new Error("no .sps file");
  const test = join(dir, "test.sps");
  await writeFile(test, `${String(syntax.content)}\n${commands}\n`);
  const { stderr } = await run(pspp as string, ["-o", join(dir, "out.csv"), test], { cwd: dir });
  expect(stderr).toBe("");
  const all = psppTables(await readFile(join(dir, "out.csv"), "utf8"));
  return {
    get: (title) => all.find((table) => table.title === title)?.rows,
    last: (title) => all.filter((table) => table.title === title).at(-1)?.rows,
    startingWith: (prefix) => all.find((table) => table.title.startsWith(prefix))?.rows,
  };
}

interface Tables {
  get(title: string): string[][] | undefined;
  last(title: string): string[][] | undefined;
  startingWith(prefix: string): string[][] | undefined;
}

describe("SPSS syntax strings", () => {
  it("quotes, splits long literals and respects byte limits", () => {
    expect(spssString('say "hi"')).toBe('"say ""hi"""');
    expect(spssString("x".repeat(70))).toBe(`"${"x".repeat(60)}" +\n    "${"x".repeat(10)}"`);
    expect(spssString("")).toBe('""');
    expect(truncateUtf8("ééé", 5)).toBe("éé");
    expect(truncateUtf8("a\nb", 10)).toBe("a b");
  });
});

describe.skipIf(pspp === null)("SPSS export opened by GNU PSPP", () => {
  it("reads the data with labels, value labels and user-missing codes", async () => {
    const tables = await runPspp(
      "en",
      [
        "DISPLAY DICTIONARY.",
        "DISPLAY ATTRIBUTES.",
        "LIST.",
        "FREQUENCIES VARIABLES=tech_past_burden tech_cloud_plan ctx_alderman_digital role.",
        'SAVE OUTFILE="roundtrip.sav".',
        'GET FILE="roundtrip.sav".',
        'SYSFILE INFO FILE="roundtrip.sav".',
      ].join("\n"),
    );
    const variables = tables.get("Variables") ?? [];
    const header = variables[0] ?? [];
    const column = (name: string): number => header.indexOf(name);
    const row = (name: string): string[] => variables.find((cells) => cells[0] === name) ?? [];

    expect(row("tech_it_maintenance")[column("Label")]).toBe(
      'We manage IT maintenance well (servers, network, "workplaces").',
    );
    expect(row("tech_past_burden")[column("Label")]).toMatch(/^Bad IT developments .* municipality today\.$/);
    expect(row("respondent_id")[column("Label")]).toBe("Respondent (pseudonymous id)");
    for (const name of [
      "tech_it_maintenance",
      "tech_past_burden",
      "tech_cloud_plan",
      "ctx_alderman_digital",
    ]) {
      expect(row(name)[column("Missing Values")]).toBe("-8; -9; -7");
      expect(row(name)[column("Measurement Level")]).toBe("Ordinal");
    }
    expect(row("score_legacy")[column("Print Format")]).toBe("F6.2");
    expect(row("score_legacy")[column("Measurement Level")]).toBe("Scale");
    expect(row("submitted_at")[column("Print Format")]).toMatch(/^YMDHMS/);

    // Value labels: every scale point and every missing code, the missing codes flagged as such.
    const valueLabels = tables.get("Value Labels") ?? [];
    const labelsOf = (variableLabel: string): string[][] => {
      const start = valueLabels.findIndex((cells) => cells[0] === variableLabel);
      const end = valueLabels.findIndex((cells, index) => index > start && cells[0] !== "");
      return valueLabels
        .slice(start, end === -1 ? undefined : end)
        .map((cells) => [cells[1] ?? "", cells[2] ?? ""]);
    };
    expect(labelsOf("We have a cloud plan.")).toEqual([
      ["-9[a]", "Not answered"],
      ["-8[a]", "I don't know"],
      ["-7[a]", "Not asked"],
      ["1", "Strongly disagree"],
      ["2", "Disagree"],
      ["3", "Somewhat disagree"],
      ["4", "Somewhat agree"],
      ["5", "Agree"],
      ["6", "Strongly agree"],
    ]);
    expect(labelsOf("Is there an alderman for digitalisation?").slice(3)).toEqual([
      ["1", "No"],
      ["2", "Yes"],
    ]);

    // The data: formula escape undone, scores with two decimals, empty date system-missing.
    const list = tables.get("Data List") ?? [];
    const names = list[0] ?? [];
    const cell = (respondent: string, name: string): string | undefined =>
      list.find((cells) => cells[0] === respondent)?.[names.indexOf(name)];
    expect(cell("r-0003", "organisation_name")).toBe('=HYPERLINK("http://evil.example","Sint-Niklaas")');
    expect(cell("r-0003", "organisation_code")).toBe("-12");
    expect(cell("r-0004", "organisation_name")).toBe("'s-Gravenwezel & Café “Zuid”");
    expect(cell("r-0004", "score_capability")).toBe("66.67");
    expect(cell("r-0004", "submitted_at")).toBe(".");
    expect(cell("r-0001", "submitted_at")).toBe("2023-12-05 10:11:12");
    expect(cell("r-0002", "tech_cloud_plan")).toBe("-7");

    // FREQUENCIES counts the three kinds of missing separately.
    const cloud = tables.get("We have a cloud plan.") ?? [];
    expect(cloud).toContainEqual(["Valid", "Strongly agree", "1", "25.0%", "100.0%", "100.0%"]);
    expect(cloud).toContainEqual(["Missing", "I don't know", "1", "25.0%", "", ""]);
    expect(cloud).toContainEqual(["", "Not asked", "2", "50.0%", "", ""]);
    const burden = tables.startingWith("Bad IT developments") ?? [];
    expect(burden).toContainEqual(["Missing", "Not answered", "1", "25.0%", "", ""]);
    expect(burden).toContainEqual(["", "I don't know", "1", "25.0%", "", ""]);
    expect(tables.get("Role")).toContainEqual(["", "Management team member", "1", "25.0%", "25.0%", "75.0%"]);

    // Provenance travels with the data as data-file attributes, item metadata as variable attributes.
    const attributes = tables.get("Variable and Dataset Attributes") ?? [];
    const flat = attributes.map((cells) => cells.join("|")).join("\n");
    expect(flat).toContain("campaign_id|wave-2024");
    expect(flat).toContain("instrument_hash|sha256:3f2a9c");
    expect(flat).toContain("n_respondents|4");
    expect(flat).toContain("exported_at_utc|2024-02-01 09:30:00");
    expect(flat).toMatch(/identifiers\|identified/);
    expect(flat).toContain("itemId|tech-past-burden");
    expect(flat).toContain("reverse|yes");

    // The .sav file PSPP saves keeps the dictionary (SYSFILE INFO reads it back from disk).
    const saved = tables.last("Variables") ?? [];
    expect(saved).not.toBe(variables);
    const savedHeader = saved[0] ?? [];
    const savedRow = saved.find((cells) => cells[0] === "tech_cloud_plan") ?? [];
    expect(savedRow[savedHeader.indexOf("Label")]).toBe("We have a cloud plan.");
    expect(savedRow[savedHeader.indexOf("Missing Values")]).toBe("-8; -9; -7");
  });

  it("labels a Dutch export in Dutch", async () => {
    const tables = await runPspp("nl", "DISPLAY DICTIONARY.");
    const valueLabels = (tables.get("Value Labels") ?? []).map((cells) => cells.slice(1).join("="));
    expect(valueLabels).toEqual(
      expect.arrayContaining([
        "-8[a]=Weet ik niet",
        "-9[a]=Niet beantwoord",
        "-7[a]=Niet gevraagd",
        "1=Helemaal oneens",
        "2=Ja",
        "director=Algemeen directeur",
      ]),
    );
    const variables = tables.get("Variables") ?? [];
    expect(variables.find((cells) => cells[0] === "tech_cloud_plan")?.[2]).toBe("We hebben een cloudplan.");
  });

  it("reads an export without respondents", async () => {
    const tables = await runPspp("en", "DISPLAY DICTIONARY.", true);
    const variables = tables.get("Variables") ?? [];
    expect(variables.find((cells) => cells[0] === "tech_cloud_plan")?.[2]).toBe("We have a cloud plan.");
  });
});
