import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codebookRows } from "./codebook.js";
import {
  type CsvCell,
  type CsvDialect,
  csvField,
  DATA_CSV,
  escapeFormula,
  formatNumber,
  SPREADSHEET_CSV,
  spreadsheetCsv,
  toCsv,
} from "./csv.js";
import { exportCsv } from "./export-files.js";
import { buildExportTable } from "./export-table.js";
import { datasetFixture } from "./test-fixtures/dataset.js";
import { parseCsv } from "./test-fixtures/tools.js";

/**
 * The inputs on which the four former writers (exports/csv.ts, stats/render-csv.ts,
 * web/portal/csv.ts, web/console/safe-csv.ts) disagreed, what each wrote, and the one answer now
 * (docs/decisions.md, "CSV: one writer, one rule").
 */
const FORMERLY_DISAGREEING: readonly {
  input: string;
  was: { exports: string; stats: string; portal: string; console: string };
  now: string;
}[] = [
  { input: "-12", was: { exports: "-12", stats: "-12", portal: "'-12", console: "-12" }, now: "-12" },
  { input: "+1", was: { exports: "+1", stats: "+1", portal: "'+1", console: "'+1" }, now: "+1" },
  { input: "+1.5", was: { exports: "+1.5", stats: "+1.5", portal: "'+1.5", console: "'+1.5" }, now: "+1.5" },
  {
    input: "-0.12",
    was: { exports: "-0.12", stats: "-0.12", portal: "'-0.12", console: "-0.12" },
    now: "-0.12",
  },
  { input: "-.5", was: { exports: "-.5", stats: "-.5", portal: "'-.5", console: "'-.5" }, now: "-.5" },
  {
    input: "-1.5e3",
    was: { exports: "-1.5e3", stats: "-1.5e3", portal: "'-1.5e3", console: "'-1.5e3" },
    now: "-1.5e3",
  },
  {
    input: "'quoted",
    was: { exports: "''quoted", stats: "'quoted", portal: "'quoted", console: "''quoted" },
    now: "''quoted",
  },
  {
    input: "'s-Gravenwezel",
    was: {
      exports: "''s-Gravenwezel",
      stats: "'s-Gravenwezel",
      portal: "'s-Gravenwezel",
      console: "''s-Gravenwezel",
    },
    now: "''s-Gravenwezel",
  },
];

describe("CSV", () => {
  it("gives one answer where the former writers disagreed", () => {
    for (const { input, was, now } of FORMERLY_DISAGREEING) {
      expect(new Set(Object.values(was)).size, input).toBeGreaterThan(1);
      expect(csvField(input), input).toBe(now);
      for (const dialect of [SPREADSHEET_CSV.nl, SPREADSHEET_CSV.en])
        expect(csvField(input, dialect)).toBe(now);
    }
    // Numbers: the console wrote NaN and Infinity as empty cells, the exports as "NaN"/"Infinity".
    expect([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map((n) => csvField(n))).toEqual([
      "",
      "",
      "",
    ]);
  });

  it("escapes text a spreadsheet would run as a formula, and leaves numbers alone", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+31 9")).toBe("'+31 9");
    expect(csvField("-cmd")).toBe("'-cmd");
    expect(csvField("-1+1")).toBe("'-1+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("\rx")).toBe('"\'\rx"');
    expect(csvField('=HYPERLINK("a","b")')).toBe('"\'=HYPERLINK(""a"",""b"")"');
    expect(csvField("-12")).toBe("-12");
    expect(csvField("+1.5e3")).toBe("+1.5e3");
    expect(csvField("-0,12")).toBe('"-0,12"');
    expect(csvField(-8)).toBe("-8");
    expect(csvField(66.66666666666667)).toBe("66.66666666666667");
    expect(csvField(null)).toBe("");
    expect(csvField("a,b")).toBe('"a,b"');
  });

  it("makes the escape reversible by also escaping a leading quote (property)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeFormula(text);
        expect(escaped.startsWith("'") ? escaped.slice(1) : escaped).toBe(text);
        if (/^[=+\-@\t\r]/.test(escaped)) expect(Number.isNaN(Number(escaped.replace(",", ".")))).toBe(false);
      }),
    );
  });

  it("never writes exponent notation", () => {
    expect(formatNumber(5.551115123125783e-15)).toBe("0.000000000000005551115123125783");
    expect(formatNumber(-1.5e-7)).toBe("-0.00000015");
    expect(formatNumber(1e21)).toBe("1000000000000000000000");
    expect(formatNumber(1.2345e22)).toBe("12345000000000000000000");
    expect(formatNumber(66.5)).toBe("66.5");
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatNumber(value);
        expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it("writes CRLF rows and an optional byte order mark", () => {
    expect(
      toCsv([
        ["a", 1],
        [null, "b"],
      ]),
    ).toBe("a,1\r\n,b\r\n");
    expect(toCsv([["a"]], { bom: true })).toBe("\uFEFFa\r\n");
  });

  it("writes what Dutch and English spreadsheet programs open", () => {
    const rows = [
      ["Gemeente", "score"],
      ["Sint-Niklaas, stad", -12.5],
      ["Gent; Oost", 66.66666666666667],
    ];
    expect(toCsv(rows, spreadsheetCsv("nl-BE"))).toBe(
      '\uFEFFGemeente;score\r\nSint-Niklaas, stad;-12,5\r\n"Gent; Oost";66,66666666666667\r\n',
    );
    expect(toCsv(rows, spreadsheetCsv("en"))).toBe(
      '\uFEFFGemeente,score\r\n"Sint-Niklaas, stad",-12.5\r\nGent; Oost,66.66666666666667\r\n',
    );
    expect(["nl", "NL", "nl_BE"].map(spreadsheetCsv)).toEqual([
      SPREADSHEET_CSV.nl,
      SPREADSHEET_CSV.nl,
      SPREADSHEET_CSV.nl,
    ]);
    expect(["en", "en-GB", "fr", "nlx"].map(spreadsheetCsv)).toEqual(Array(4).fill(SPREADSHEET_CSV.en));
  });

  const CELL: fc.Arbitrary<CsvCell> = fc.oneof(
    // Text as the former callers passed it: organisation names, links, labels, notes, ids.
    fc
      .tuple(
        fc.constantFrom("", "=", "+", "-", "@", "\t", "\r", "'", '"', " ", "-1", "+1"),
        fc.string({
          unit: fc.constantFrom(
            "a",
            "é",
            "\u201c",
            "😀",
            ",",
            ";",
            '"',
            "'",
            "\n",
            "\r",
            "=",
            "-",
            "1",
            ".",
            " ",
          ),
        }),
      )
      .map(([start, rest]) => start + rest),
    fc.string({ unit: "grapheme" }),
    fc.constantFrom(
      "-12",
      "+1",
      "+1.5",
      "-0.12",
      "-1,5",
      "1e5",
      "'quoted",
      "'s-Gravenwezel",
      "https://maturo.test/s/a",
    ),
    fc.double(),
    fc.integer({ min: -9, max: 100 }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, null),
  );

  it("reads back every cell in every dialect (property)", () => {
    const dialects: CsvDialect[] = [DATA_CSV, SPREADSHEET_CSV.nl, SPREADSHEET_CSV.en];
    fc.assert(
      fc.property(
        fc.array(fc.array(CELL, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...dialects),
        (rows, dialect) => {
          const text = toCsv(rows, dialect);
          expect(text.startsWith("\uFEFF")).toBe(dialect.bom);
          const read = parseCsv(text.replace(/^\uFEFF/, ""), dialect.separator);
          expect(read).toHaveLength(rows.length);
          rows.forEach((row, r) => {
            expect(read[r]).toHaveLength(row.length);
            row.forEach((cell, c) => {
              const back = read[r]?.[c] ?? "";
              if (typeof cell === "number") {
                if (!Number.isFinite(cell)) expect(back).toBe("");
                else expect(Number(back.replace(",", "."))).toBe(cell === 0 ? 0 : cell);
              } else if (cell === null) expect(back).toBe("");
              else {
                // Text comes back as written after stripping one leading quote, as the R script,
                // the SPSS syntax and the Stata do-file do.
                expect(back.startsWith("'") ? back.slice(1) : back).toBe(cell);
                // Nothing a spreadsheet would run: a formula start only on a plain number.
                if (/^[=+\-@\t\r]/.test(back))
                  expect(Number.isNaN(Number(back.replace(",", ".")))).toBe(false);
              }
            });
          });
        },
      ),
    );
  });

  it("writes the data, the codebook and the provenance", () => {
    const files = exportCsv(datasetFixture(), { bom: true });
    expect(files.map((file) => file.name)).toEqual([
      "maturo-wave-2024.csv",
      "maturo-wave-2024-codebook.csv",
      "maturo-wave-2024-provenance.csv",
    ]);
    const [data, codebook, provenance] = files.map((file) =>
      parseCsv(String(file.content).replace(/^\uFEFF/, "")),
    );
    expect(data?.[0]).toEqual([
      "respondent_id",
      "organisation_code",
      "organisation_name",
      "province",
      "size_class",
      "role",
      "submitted_at",
      "tech_it_maintenance",
      "tech_past_burden",
      "tech_cloud_plan",
      "ctx_alderman_digital",
      "score_capability",
      "score_capability_efficiency",
      "score_legacy",
      "score_legacy_technology",
    ]);
    // r-0002 is staff: the cloud plan is not asked (-7), past burden is "don't know" (-8).
    expect(data?.[2]).toEqual([
      "r-0002",
      "44021",
      "Gent",
      "Oost-Vlaanderen",
      "large",
      "staff",
      "2023-12-06 08:00:00",
      "3",
      "-8",
      "-7",
      "1",
      "40",
      "40",
      "",
      "",
    ]);
    expect(data?.[3]?.slice(1, 3)).toEqual(["-12", '\'=HYPERLINK("http://evil.example","Sint-Niklaas")']);
    // r-0004: the alderman item is absent from the answers and asked of a director: not answered.
    expect(data?.[4]?.slice(2, 11)).toEqual([
      "''s-Gravenwezel & Café “Zuid”",
      "Antwerpen",
      "",
      "director",
      "",
      "6",
      "6",
      "6",
      "-9",
    ]);

    const burden = codebook?.find((row) => row[0] === "tech_past_burden");
    expect(burden).toEqual([
      "tech_past_burden",
      "Bad IT developments from the past still weigh on the organisation and its services to citizens, businesses and associations in the municipality today.",
      "integer",
      "ordinal",
      "1 = Strongly disagree; 2 = Disagree; 3 = Somewhat disagree; 4 = Somewhat agree; 5 = Agree; 6 = Strongly agree",
      "I don't know (-8); Not answered (-9); Not asked (-7)",
      "tech-past-burden",
      "legacy.technology",
      "technology/agree6",
      "yes",
      "director manager staff",
      "",
      "",
    ]);
    expect(codebook?.find((row) => row[0] === "tech_cloud_plan")?.slice(10, 12)).toEqual([
      "director manager",
      "tech-it-maintenance in 4 5 6",
    ]);
    expect(codebook?.find((row) => row[0] === "score_legacy")?.slice(1, 6)).toEqual([
      "Score Digital legacy (0-100)",
      "numeric",
      "scale",
      "0-100",
      "empty = missing or not applicable",
    ]);
    expect(Object.fromEntries((provenance ?? []).slice(1).map(([key, value]) => [key, value]))).toMatchObject(
      {
        campaign_id: "wave-2024",
        campaign_name: "Wave 2024 — Flanders",
        instrument_hash: "sha256:3f2a9c",
        exported_at_utc: "2024-02-01 09:30:00",
        n_respondents: "4",
        n_organisations: "3",
        identifiers: expect.stringContaining("pseudonymous"),
      },
    );
  });

  it("labels the codebook in Dutch for a Dutch export", () => {
    const rows = codebookRows(buildExportTable(datasetFixture("nl")));
    expect(rows.find((row) => row[0] === "tech_past_burden")?.[5]).toBe(
      "Weet ik niet (-8); Niet beantwoord (-9); Niet gevraagd (-7)",
    );
    expect(rows.find((row) => row[0] === "ctx_alderman_digital")?.[4]).toBe("1 = Nee; 2 = Ja");
    expect(rows.find((row) => row[0] === "role")?.[4]).toBe(
      "director = Algemeen directeur; manager = Lid managementteam; staff = Medewerker",
    );
  });
});
