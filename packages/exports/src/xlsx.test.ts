import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { crc32 } from "./crc32.js";
import { exportXlsx, zipExportFiles } from "./export-files.js";
import { datasetFixture } from "./test-fixtures/dataset.js";
import { which, writeExport } from "./test-fixtures/tools.js";
import { unzip } from "./test-fixtures/unzip.js";
import { columnLetters, excelSerialDate, xmlText } from "./xlsx.js";
import { createZip } from "./zip.js";

const run = promisify(execFile);
const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

function workbook(): Uint8Array {
  const [file] = exportXlsx(datasetFixture());
  if (!file || typeof file.content === "string") throw new Error("no workbook");
  expect(file.name).toBe("maturo-wave-2024.xlsx");
  return file.content;
}

/** Cells of a sheet as `ref → { type, style, value }`, parsed with regular expressions. */
function cells(xml: string): Map<string, { t: string | null; s: string | null; value: string }> {
  const out = new Map<string, { t: string | null; s: string | null; value: string }>();
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) {
    const [, ref = "", attributes = "", inner = ""] = match;
    const t = /t="([^"]+)"/.exec(attributes)?.[1] ?? null;
    const s = /s="(\d+)"/.exec(attributes)?.[1] ?? null;
    const value = (/<t[^>]*>(.*?)<\/t>/.exec(inner)?.[1] ?? /<v>(.*?)<\/v>/.exec(inner)?.[1] ?? "")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    out.set(ref, { t, s, value });
  }
  return out;
}

describe("zip and CRC-32", () => {
  it("agrees with zlib's CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlib.crc32(bytes));
      }),
    );
  });

  it("round-trips entries, stored or deflated, and is deterministic", () => {
    const entries = [
      { name: "a.txt", content: "x".repeat(1000) },
      { name: "dir/ü.bin", content: new Uint8Array([1, 2, 3]) },
    ];
    const date = new Date("2024-02-01T09:30:00Z");
    const zip = createZip(entries, date);
    const back = unzip(zip);
    expect(new TextDecoder().decode(back.get("a.txt"))).toBe("x".repeat(1000));
    expect([...(back.get("dir/ü.bin") ?? [])]).toEqual([1, 2, 3]);
    expect(createZip(entries, date)).toEqual(zip);
  });

  it("helpers: column letters, serial dates, XML text", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
    expect(excelSerialDate(new Date("1900-03-01T00:00:00Z"))).toBe(61);
    expect(excelSerialDate(new Date("2024-01-10T12:00:00Z"))).toBe(45301.5);
    expect(xmlText('a<b>&"\u0001_x0041_')).toBe("a&lt;b&gt;&amp;&quot;_x0001__x005F_x0041_");
    expect(xmlText("\u{1F600}")).toBe("\u{1F600}");
  });
});

describe("XLSX export", () => {
  it("holds typed cells in the sheets data, codebook and about", () => {
    const parts = unzip(workbook());
    const text = (name: string): string => new TextDecoder().decode(parts.get(name));
    expect([...parts.keys()]).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/worksheets/sheet3.xml",
        "docProps/core.xml",
      ]),
    );
    expect([...text("xl/workbook.xml").matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "data",
      "codebook",
      "about",
    ]);
    for (const sheet of ["sheet1", "sheet2", "sheet3"])
      expect(text(`xl/worksheets/${sheet}.xml`)).not.toContain("<f>");

    const data = cells(text("xl/worksheets/sheet1.xml"));
    expect(data.get("A1")).toEqual({ t: "inlineStr", s: "1", value: "respondent_id" });
    expect(data.get("H2")).toEqual({ t: null, s: null, value: "5" }); // an answer: a number
    expect(data.get("J2")).toEqual({ t: null, s: null, value: "-8" }); // don't know: its code, a number
    expect(data.get("J3")?.value).toBe("-7");
    expect(data.get("K5")?.value).toBe("-9");
    expect(data.get("L5")).toEqual({ t: null, s: "3", value: "66.66666666666667" }); // a score, shown 0.00
    expect(data.has("N3")).toBe(false); // a missing score is an empty cell
    expect(data.get("G4")).toEqual({
      t: null,
      s: "4",
      value: String(excelSerialDate(new Date("2024-01-10T16:45:30Z"))),
    });
    expect(data.has("G5")).toBe(false);
    // Text stays text: the organisation code "-12" is a string, the formula is inert text with quotePrefix.
    expect(data.get("B4")).toEqual({ t: "inlineStr", s: null, value: "-12" });
    expect(data.get("C4")).toEqual({
      t: "inlineStr",
      s: "2",
      value: '=HYPERLINK("http://evil.example","Sint-Niklaas")',
    });
    expect(data.get("C5")?.value).toBe("'s-Gravenwezel & Café “Zuid”");
    expect(text("xl/styles.xml")).toMatch(/<xf numFmtId="49"[^>]*quotePrefix="1"\/>/);

    const codebook = cells(text("xl/worksheets/sheet2.xml"));
    expect(codebook.get("A1")?.value).toBe("variable");
    const burdenRow = [...codebook.entries()]
      .find(([, cell]) => cell.value === "tech_past_burden")?.[0]
      .slice(1);
    expect(codebook.get(`F${burdenRow}`)?.value).toBe("I don't know (-8); Not answered (-9); Not asked (-7)");

    const about = cells(text("xl/worksheets/sheet3.xml"));
    const provenance = new Map<string, { t: string | null; value: string }>();
    for (let row = 2; about.has(`A${row}`); row++) {
      const value = about.get(`B${row}`);
      provenance.set(about.get(`A${row}`)?.value ?? "", { t: value?.t ?? null, value: value?.value ?? "" });
    }
    expect(provenance.get("campaign_id")).toEqual({ t: "inlineStr", value: "wave-2024" });
    expect(provenance.get("instrument_hash")?.value).toBe("sha256:3f2a9c");
    expect(provenance.get("n_respondents")).toEqual({ t: null, value: "4" });
    expect(provenance.get("exported_at_utc")?.value).toBe("2024-02-01 09:30:00");
    expect(provenance.get("identifiers")?.value).toMatch(/^identified/);
    expect(text("docProps/core.xml")).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-01T09:30:00Z',
    );
  });

  it("is a valid zip and well-formed XML for Python's zipfile and ElementTree", async () => {
    const python = which("python3");
    if (python === null) {
      console.warn("\n  NOTICE: skipping the Python cross-check of the XLSX — python3 is not on PATH\n");
      return;
    }
    const dir = await writeExport([...exportXlsx(datasetFixture())]);
    folders.push(dir);
    const program = `
import sys, zipfile, xml.etree.ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None, "bad CRC"
for name in z.namelist():
    if name.endswith(".xml") or name.endswith(".rels"):
        ET.fromstring(z.read(name))
sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
for c in sheet.iter("{%s}c" % ns["m"]):
    ref = c.get("r")
    if ref in ("A1", "C4", "H2", "L5", "G4"):
        t = c.get("t") or "n"
        v = c.find("m:v", ns)
        s = c.find("m:is/m:t", ns)
        print(ref, t, (v.text if v is not None else s.text))
`;
    const { stdout } = await run(python, ["-c", program, join(dir, "maturo-wave-2024.xlsx")]);
    expect(stdout.trim().split("\n").sort()).toEqual([
      "A1 inlineStr respondent_id",
      'C4 inlineStr =HYPERLINK("http://evil.example","Sint-Niklaas")',
      "G4 n 45301.69826388889",
      "H2 n 5",
      "L5 n 66.66666666666667",
    ]);
  });

  it("zips a multi-file export into one download", () => {
    const files = exportXlsx(datasetFixture());
    const back = unzip(zipExportFiles(files, "2024-02-01T09:30:00Z"));
    expect([...back.keys()]).toEqual(["maturo-wave-2024.xlsx"]);
  });
});
