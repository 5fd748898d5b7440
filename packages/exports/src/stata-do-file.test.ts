import { compileInstruments, DEFAULT_FRAMEWORK, type Instrument } from "@maturo/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExportDataset } from "./dataset.js";
import { type ExportFile, exportCampaign, exportStata } from "./export-files.js";
import { STATA_MISSING } from "./stata-do-file.js";
import { STATA_LABEL_CHARS, stataComment, stataString, truncateStataText } from "./stata-strings.js";
import { datasetFixture } from "./test-fixtures/dataset.js";
import { runStataDoFile, StataCheckError, type StataRun } from "./test-fixtures/stata-check.js";
import { parseCsv } from "./test-fixtures/tools.js";
import { STATA_MAX_VARIABLE_NAME_LENGTH, stataVariableNames, VariableNamer } from "./variable-names.js";

const STATA_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const codePoints = (text: string): number => [...text].length;

function text(file: ExportFile | undefined): string {
  if (!file) throw new Error("missing file");
  return typeof file.content === "string" ? file.content : new TextDecoder().decode(file.content);
}

interface Exported {
  readonly files: ExportFile[];
  readonly doFile: string;
  readonly header: string[];
  readonly codebook: string[][];
  readonly run: StataRun;
}

/** Export as Stata and run the do-file through the independent checker, on the export's CSV. */
function exported(dataset: ExportDataset, bom = false): Exported {
  const files = exportStata(dataset, { bom });
  const byName = Object.fromEntries(files.map((file) => [file.name, text(file)]));
  const doFile = text(files.find((file) => file.name.endsWith(".do")));
  const data = text(files.find((file) => file.name.endsWith(".csv")));
  const [header = []] = parseCsv(data.replace(/^\uFEFF/, ""));
  const [, ...codebook] = parseCsv(
    text(files.find((file) => file.name.endsWith("-codebook.csv"))).replace(/^\uFEFF/, ""),
  );
  return { files, doFile, header, codebook, run: runStataDoFile(doFile, byName) };
}

/** What Stata reads back from `stataString(text)`: the text, flattened, with the two look-alikes. */
function readBack(original: string): string {
  return original
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/"'/g, '"\u2019')
    .replace(/`(?="|$)/g, "\u2018");
}

/** Every variable is one CSV column, in order, named as in the header or as the codebook says. */
function expectNamesMatchCsv({ header, codebook, run }: Exported): void {
  const names = run.variables.map((variable) => variable.name);
  expect(codebook.map((row) => row[0])).toEqual(header);
  expect(names).toEqual(codebook.map((row) => row.at(-1)));
  header.forEach((csvName, index) => {
    const name = names[index] as string;
    expect(name).toMatch(STATA_NAME);
    expect(name.length).toBeLessThanOrEqual(STATA_MAX_VARIABLE_NAME_LENGTH);
    // Renamed only when too long or a Stata reserved word; the CSV name is kept with it.
    const mustRename = csvName.length > STATA_MAX_VARIABLE_NAME_LENGTH || /^(byte|str[0-9]+)$/.test(csvName);
    if (mustRename) expect(run.get(name).chars.get("maturo_csv_name")).toBe(csvName);
    else expect(name).toBe(csvName);
  });
  expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
}

/** Every answer variable has a label for every scale point and for .a, .b and .c. */
function expectEveryPointLabelled(run: StataRun, points: Readonly<Record<string, number>>): void {
  for (const [name, k] of Object.entries(points)) {
    const labels = run.valueLabels.get(run.get(name).valueLabel ?? "");
    expect(labels, name).toBeDefined();
    const expected = [...Array.from({ length: k }, (_, i) => String(i + 1)), ".a", ".b", ".c"];
    expect([...(labels?.keys() ?? [])]).toEqual(expected);
    for (const label of labels?.values() ?? []) expect(label).not.toBe("");
  }
}

describe("Stata strings", () => {
  it("quotes plainly, or with compound quotes when the text holds a double quote", () => {
    expect(stataString("Agree")).toBe('"Agree"');
    expect(stataString("")).toBe('""');
    expect(stataString('the "workplaces"')).toBe('`"the "workplaces""\'');
    expect(stataString('"quoted"')).toBe('`""quoted""\'');
    expect(stataString("'s-Gravenwezel")).toBe('"\'s-Gravenwezel"');
  });

  it("keeps Stata from expanding macros, starting comments or closing quotes early", () => {
    expect(stataString("costs $100")).toBe('"costs \\$100"');
    expect(stataString("C:\\data\\`file'")).toBe('"C:\\\\data\\\\\\`file\'"');
    expect(stataString("a /* b */ c // d")).toBe("\"a /`=char(42)' b *`=char(47)' c /`=char(47)' d\"");
    expect(stataString('the "mayor"\'s office')).toBe('`"the "mayor"\u2019s office"\'');
    expect(stataString('end`"')).toBe('`"end\u2018""\'');
    expect(stataString("end`")).toBe('"end\u2018"');
    expect(stataString("line\none\ttab")).toBe('"line one tab"');
  });

  it("reads back as the original text through Stata's comment, macro and quote rules (property)", () => {
    const hostile = fc.string({
      unit: fc.constantFrom('"', "'", "`", "$", "\\", "/", "*", "=", "(", ")", "\n", " ", "a", "é", "😀"),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: "binary", maxLength: 60 })), (original) => {
        const run = runStataDoFile(`char _dta[t] ${stataString(original)}\n`, {});
        expect(run.dataChars.get("t")).toBe(readBack(original));
      }),
    );
  });

  it("cuts labels to 80 characters at a word, without splitting a character", () => {
    expect(truncateStataText("short")).toBe("short");
    expect(truncateStataText("  two\nlines ")).toBe("two lines");
    const long = `${"word ".repeat(30)}end`;
    const cut = truncateStataText(long);
    expect(codePoints(cut)).toBeLessThanOrEqual(STATA_LABEL_CHARS);
    expect(cut).toMatch(/^(word ){14,}word…$/);
    expect(codePoints(truncateStataText("😀".repeat(100)))).toBe(STATA_LABEL_CHARS);
    // A letter and its combining accent stay together.
    const accents = truncateStataText("e\u0301".repeat(60));
    expect(accents.normalize("NFC")).toBe(`${"é".repeat(39)}…`);
  });

  it("always fits and keeps a prefix of the text (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.integer({ min: 2, max: 120 }),
        (t, max) => {
          const cut = truncateStataText(t, max);
          expect(codePoints(cut)).toBeLessThanOrEqual(max);
          const flat = t.replace(/[\p{Cc}\u2028\u2029]+/gu, " ").trim();
          if (codePoints(flat) <= max) expect(cut).toBe(flat);
          else {
            expect(cut.endsWith("…")).toBe(true);
            expect(flat.startsWith(cut.slice(0, -1))).toBe(true);
          }
        },
      ),
    );
  });

  it("keeps comments on their line without opening or closing a comment", () => {
    expect(stataComment("a /* b */ c // d ///\nnext")).toBe("a / * b * / c / / d / / / next");
    expect(stataComment("$HOME `x'")).toBe("\uff04HOME \u2018x'");
  });
});

describe("Stata variable names", () => {
  it("keeps valid names and shortens longer ones uniquely, reusing the variable namer", () => {
    const long = "score_context_digital_focus_management"; // 38 characters
    expect(
      stataVariableNames([
        "respondent_id",
        long,
        `${long}_2`,
        "score_context_digital_focus_mana",
        "byte",
        "str12",
        "Long_v",
        "float",
      ]),
    ).toEqual([
      "respondent_id",
      "score_context_digital_focus_ma_2",
      "score_context_digital_focus_ma_3",
      "score_context_digital_focus_mana",
      "byte_v",
      "str12_v",
      "Long_v",
      "float_v",
    ]);
  });

  it("always yields valid, unique names within 32 characters, the same every time (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 90 }), { maxLength: 40 }), (ids) => {
        const namer = new VariableNamer();
        const spss = ids.map((id) => namer.name(id));
        const names = stataVariableNames(spss);
        expect(stataVariableNames(spss)).toEqual(names);
        names.forEach((name, index) => {
          expect(name).toMatch(STATA_NAME);
          expect(name.length).toBeLessThanOrEqual(STATA_MAX_VARIABLE_NAME_LENGTH);
          const original = spss[index] as string;
          if (
            original.length <= 32 &&
            !/^(byte|double|float|if|in|int|long|strl|using|with|str[0-9]+)$/i.test(original)
          )
            expect(name).toBe(original);
        });
        expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
      }),
    );
  });
});

describe("Stata do-file, read by the independent checker", () => {
  it("is one of the export formats: the CSV files plus a do-file", () => {
    const files = exportCampaign(datasetFixture(), "stata");
    expect(files.map((file) => file.name)).toEqual([
      "maturo-wave-2024.csv",
      "maturo-wave-2024-codebook.csv",
      "maturo-wave-2024-provenance.csv",
      "maturo-wave-2024.do",
    ]);
    expect(files.map((file) => file.mediaType)).toContain("text/plain; charset=utf-8");
    // The data CSV is the same as in every other format.
    expect(text(files[0])).toBe(text(exportCampaign(datasetFixture(), "spss")[0]));
  });

  it("imports the data, maps the three missing codes to .a .b .c and labels every point", () => {
    const result = exported(datasetFixture("en"));
    const { run, doFile } = result;
    expectNamesMatchCsv(result);
    expect(doFile).toContain('import delimited using "maturo-wave-2024.csv", clear');
    expect(doFile).toContain('encoding("utf-8")');
    expect(doFile).toContain("mv(-9=.a \\ -8=.b \\ -7=.c)");
    expect(STATA_MISSING).toEqual({ notAnswered: ".a", dontKnow: ".b", notAsked: ".c" });

    const row = (id: string): number => run.get("respondent_id").values.indexOf(id);
    // r-0001: don't know; r-0002: staff, not asked; r-0003: not answered; r-0004: a point.
    expect(run.get("tech_cloud_plan").values[row("r-0001")]).toBe(".b");
    expect(run.shown("tech_cloud_plan", row("r-0001"))).toBe("I don't know");
    expect(run.get("tech_cloud_plan").values[row("r-0002")]).toBe(".c");
    expect(run.shown("tech_cloud_plan", row("r-0002"))).toBe("Not asked");
    expect(run.get("tech_past_burden").values[row("r-0003")]).toBe(".a");
    expect(run.shown("tech_past_burden", row("r-0003"))).toBe("Not answered");
    expect(run.get("tech_past_burden").values[row("r-0004")]).toBe(6);
    expect(run.shown("tech_past_burden", row("r-0004"))).toBe("Strongly agree");
    for (const variable of run.variables.filter((v) => v.chars.has("maturo_item"))) {
      expect(variable.type).toBe("numeric");
      for (const value of variable.values) expect([-7, -8, -9]).not.toContain(value);
    }
    expectEveryPointLabelled(run, {
      tech_it_maintenance: 6,
      tech_past_burden: 6,
      tech_cloud_plan: 6,
      ctx_alderman_digital: 2,
    });

    // Labels: within 80 characters, double quotes kept by compound quotes, the full text kept.
    for (const variable of run.variables) {
      expect(variable.label).not.toBeNull();
      expect(codePoints(variable.label ?? "")).toBeLessThanOrEqual(80);
    }
    expect(run.get("tech_it_maintenance").label).toBe(
      'We manage IT maintenance well (servers, network, "workplaces").',
    );
    expect(doFile).toContain('label variable tech_it_maintenance `"We manage IT maintenance well');
    const burden = run.get("tech_past_burden");
    expect(burden.label).toMatch(/^Bad IT developments from the past .*…$/);
    expect(burden.chars.get("maturo_label")).toMatch(/in the municipality today\.$/);
    expect(burden.chars.get("maturo_reverse")).toBe("yes");

    // Text, dates and scores.
    expect(run.get("organisation_name").values[row("r-0003")]).toBe(
      '=HYPERLINK("http://evil.example","Sint-Niklaas")',
    );
    expect(run.get("organisation_name").values[row("r-0004")]).toBe("'s-Gravenwezel & Café “Zuid”");
    expect(run.get("organisation_code").values[row("r-0003")]).toBe("-12");
    expect(run.get("organisation_code").type).toBe("string");
    const submitted = run.get("submitted_at");
    expect(submitted.type).toBe("numeric");
    expect(submitted.format).toMatch(/^%tc/);
    expect(submitted.values[row("r-0001")]).toBe(Date.UTC(2023, 11, 5, 10, 11, 12) - Date.UTC(1960, 0, 1));
    expect(submitted.values[row("r-0004")]).toBeNull();
    expect(run.shown("role", row("r-0003"))).toBe("Management team member");
    expect(run.get("score_capability").values[row("r-0004")]).toBe(66.66666666666667);
    expect(run.get("score_legacy").values[row("r-0002")]).toBeNull();
    expect(run.get("score_legacy").format).toBe("%6.2f");
    expect(run.dataChars.get("instrument_hash")).toBe("sha256:3f2a9c");
    expect(run.dataLabel).toBe("Maturo: Wave 2024 — Flanders");
  });

  it("labels a Dutch export in Dutch", () => {
    const { run } = exported(datasetFixture("nl"));
    const scale = run.valueLabels.get(run.get("tech_cloud_plan").valueLabel ?? "");
    expect(Object.fromEntries(scale ?? [])).toMatchObject({
      "1": "Helemaal oneens",
      "6": "Helemaal eens",
      ".a": "Niet beantwoord",
      ".b": "Weet ik niet",
      ".c": "Niet gevraagd",
    });
    expect(run.get("tech_cloud_plan").label).toBe("We hebben een cloudplan.");
    expect(run.shown("role", 0)).toBe("Algemeen directeur");
  });

  it("reads a CSV with a byte order mark, and makes the variables when there are no respondents", () => {
    expect(exported(datasetFixture("en"), true).run.variables).toHaveLength(15);
    const empty = exported({ ...datasetFixture("en"), rows: [] });
    expectNamesMatchCsv(empty);
    expect(empty.doFile).not.toContain("import delimited");
    expect(empty.run.get("submitted_at").type).toBe("numeric");
    expect(empty.run.get("role").valueLabel).toBe("maturo_role");
  });

  it("gives a long-name instrument short, unique names, documented in comments and the codebook", () => {
    const result = exported(hostileDataset());
    const { run, doFile, header } = result;
    expectNamesMatchCsv(result);
    const long = header.filter((name) => name.length > 32);
    expect(long.length).toBeGreaterThanOrEqual(6);
    for (const name of long) expect(doFile).toMatch(new RegExp(`^\\*   ${name} -> [A-Za-z0-9_]{1,32}$`, "m"));
    const names = run.variables.map((v) => v.name);
    expect(names).toContain("score_context_digital_focus_mana");
    expect(names.filter((name) => name.startsWith("digital_maturity_of_the_munic"))).toHaveLength(3);
    // Reserved words and names Stata uses for imported columns.
    expect(names).toEqual(expect.arrayContaining(["byte_v", "v3", "str5_v"]));
    expect(doFile).toContain("rename v12 _maturo_col12");
    expect(run.get("v3").chars.get("maturo_item")).toBe("v3");
    expect(run.get("v3").values).toEqual([2, ".c"]);
    expectEveryPointLabelled(
      run,
      Object.fromEntries(names.filter((n) => run.get(n).chars.has("maturo_item")).map((n) => [n, 4])),
    );
  });

  it("survives odd characters in item texts and scale labels", () => {
    const { run } = exported(hostileDataset());
    const odd = run.variables.find((v) => v.chars.get("maturo_item") === "byte");
    expect(odd?.label).toBe(readBack(HOSTILE_TEXT).trim());
    const scale = run.valueLabels.get(odd?.valueLabel ?? "");
    expect(scale?.get("1")).toBe(readBack("Not at all: $0 /* none */ \"'zero'\""));
    expect(scale?.get("4")).toBe(readBack("C:\\ `fully`"));
    const long = run.variables.find((v) => v.chars.get("maturo_item") === "str5");
    expect(codePoints(long?.label ?? "")).toBeLessThanOrEqual(80);
    expect(long?.chars.get("maturo_label")).toBe(`${"Lange tekst ".repeat(20).trim()}.`);
  });

  it("is caught by the checker when it refers to an undefined label or a missing variable", () => {
    const { doFile, files } = exported(datasetFixture("en"));
    const byName = Object.fromEntries(files.map((file) => [file.name, text(file)]));
    const broken = [
      doFile.replace(
        "label values ctx_alderman_digital maturo_scale2",
        "label values ctx_alderman_digital nope",
      ),
      doFile.replace("rename v15 score_legacy_technology", "rename v16 score_legacy_technology"),
      doFile.replace('"We have a cloud plan."', '"We have a $cloud plan."'),
      doFile.replace("label variable province", "label variable provinc"),
      `${doFile}\nlabel variable role "${"x".repeat(81)}"\n`,
      doFile.replace("numericcols(8/15)", "numericcols(9/15)"),
    ];
    for (const candidate of broken) {
      expect(candidate).not.toBe(doFile);
      expect(() => runStataDoFile(candidate, byName)).toThrow(StataCheckError);
    }
  });
});

const HOSTILE_TEXT = "Use \"it\" $HOME `m' C:\\p\\`x' /* c */ // x ///\nline 2 \"'";

/** Long ids (names over 32 characters, clashing when cut), reserved words and hostile texts. */
function hostileDataset(): ExportDataset {
  const item = (id: string, node: string, text: string) => ({
    id,
    node,
    scale: "agree4",
    text: { nl: text, en: text },
  });
  const common = "digital-maturity-of-the-municipality-";
  const instrument: Instrument = {
    id: "odd",
    version: "1.0.0",
    apiVersion: 1,
    locales: ["nl", "en"],
    title: { nl: "Vreemd", en: "Odd" },
    scales: [
      {
        id: "agree4",
        points: 4,
        positive: [3, 4],
        dontKnow: true,
        labels: {
          nl: ["Not at all: $0 /* none */ \"'zero'\"", "Twee", "Drie", "C:\\ `fully`"],
          en: ["Not at all: $0 /* none */ \"'zero'\"", "Two", "Three", "C:\\ `fully`"],
        },
      },
    ],
    sections: [
      {
        id: "odd",
        title: { nl: "Vreemd", en: "Odd" },
        items: [
          item(`${common}first-question`, "capability.efficiency", "First"),
          item(`${common}second-question`, "capability.innovation", "Second"),
          item(`${common}third-question`, "context.digital-focus-management", "Third"),
          item("byte", "capability.efficiency", HOSTILE_TEXT),
          item("v3", "capability.efficiency", "Named like an imported column"),
          item("str5", "capability.efficiency", `${"Lange tekst ".repeat(20).trim()}.`),
        ],
      },
    ],
  };
  return {
    campaign: {
      id: "odd",
      name: 'Golf "2025" — $test /* */',
      instrumentHash: "sha256:0dd",
      exportedAt: "2025-03-01T12:00:00Z",
    },
    locale: "en",
    instrument: compileInstruments([instrument], DEFAULT_FRAMEWORK),
    scoreNodes: [
      "capability",
      "context.digital-focus-management",
      "context.normative-businesses",
      "context.knowledge-development",
      "context.financial-resources",
      "context.normative-citizens",
    ],
    identified: true,
    rows: [
      {
        respondentId: "a",
        organisationCode: "1",
        role: "director",
        answers: { byte: 1, v3: 2, str5: "dk", [`${common}first-question`]: null },
        scores: { capability: 50 },
      },
      {
        respondentId: "b",
        organisationCode: "2",
        role: "staff",
        answers: { byte: 4, v3: "na" },
        scores: { capability: null },
      },
    ],
  };
}
