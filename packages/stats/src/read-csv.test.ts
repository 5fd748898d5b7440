import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsvColumns } from "./read-csv.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The bytes cut at the given offsets, as a file read in blocks arrives. */
function chunked(data: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const cut of at) {
    out.push(data.subarray(start, cut));
    start = cut;
  }
  out.push(data.subarray(start));
  return out;
}

describe("readCsvColumns", () => {
  it("reads numbers straight into columns, missing as NaN, text columns as text, others not at all", () => {
    const read = readCsvColumns([bytes('id,y,x,note\r\nA,1.5,-2,"a, b"\nB,NA,,x\n"C",3e2," 4 ",y\n')], {
      numeric: ["y", "x"],
      text: ["id"],
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Array.from(read.value.numeric.y ?? [])).toEqual([1.5, Number.NaN, 300]);
    expect(Array.from(read.value.numeric.x ?? [])).toEqual([-2, Number.NaN, 4]);
    expect(read.value.text).toEqual({ id: ["A", "B", "C"] });
    expect(Array.from(read.value.lines)).toEqual([2, 3, 4]);
  });

  it("reads a decimal comma in a semicolon file, quoted or not", () => {
    const read = readCsvColumns([bytes('y;x\n3,5;"-0,25"\n1.5;2\n')], { numeric: ["y", "x"] });
    expect(read.ok && Array.from(read.value.numeric.y ?? [])).toEqual([3.5, 1.5]);
    expect(read.ok && Array.from(read.value.numeric.x ?? [])).toEqual([-0.25, 2]);
  });

  it("names the row, line and column of a cell that is not a number", () => {
    const read = readCsvColumns([bytes("y,x\n1,2\n\n2,abc\n")], { numeric: ["y", "x"] });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatchObject({ code: "NON_NUMERIC", row: 2, column: "x" });
    expect(read.error.message).toBe('row 2 (line 4), column "x": "abc" is not a number');
    // A decimal comma is refused where the delimiter is a comma (the field would be split) or a tab.
    const tab = readCsvColumns([bytes("y\tx\n1\t2,5\n")], { numeric: ["x"] });
    expect(!tab.ok && tab.error.message).toBe('row 1 (line 2), column "x": "2,5" is not a number');
  });

  it("lists every unknown column requested", () => {
    const read = readCsvColumns([bytes("a,b\n1,2\n")], { numeric: ["a", "c"], text: ["d"] });
    expect(!read.ok && read.error.message).toBe('unknown columns "c", "d" (columns: a, b)');
  });

  it("reads every number exactly as Number() does", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.integer({ min: -1e6, max: 1e6 }).map((i) => i / 1000),
            fc.integer({ min: 0, max: 99_999 }).map((i) => i / 100),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (values) => {
          const cells = values.map((v) => (Object.is(v, -0) ? "-0" : String(v)));
          const read = readCsvColumns([bytes(`v\n${cells.join("\n")}\n`)], { numeric: ["v"] });
          expect(read.ok).toBe(true);
          if (read.ok) expect(Array.from(read.value.numeric.v ?? [])).toEqual(cells.map(Number));
          const fixed = values.map((v) => v.toFixed(4));
          const decimals = readCsvColumns(
            [bytes(`v;w\n${fixed.map((f) => `${f.replace(".", ",")};1`).join("\n")}`)],
            {
              numeric: ["v"],
            },
          );
          if (decimals.ok) expect(Array.from(decimals.value.numeric.v ?? [])).toEqual(fixed.map(Number));
          else expect(decimals.ok).toBe(true);
        },
      ),
    );
  });

  it("gives the same result however the file is cut into blocks", () => {
    const text =
      '\uFEFFid;name;score;w\r\n"A1";"Gent; ""stad""\r\nline two";3,5;1\r\n\r\nB2;Aalst;-0,75;2\nC3;"";NA;3\r\nD4;Mol;12;4';
    const data = bytes(text);
    const request = { numeric: ["score", "w"], text: ["id", "name"] };
    const whole = readCsvColumns([data], request);
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    expect(whole.value.text.name).toEqual(['Gent; "stad"\r\nline two', "Aalst", "", "Mol"]);
    expect(Array.from(whole.value.lines)).toEqual([2, 5, 6, 7]);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: data.length }), { maxLength: 12 }), (cuts) => {
        expect(readCsvColumns(chunked(data, cuts), request)).toEqual(whole);
      }),
    );
  });

  it("reads every row whatever size the file is said to have (sizing the columns up front)", () => {
    const values = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 1000) / 8);
    const data = bytes(`v,w\n${values.map((v, i) => `${v},${i}`).join("\n")}\n`);
    for (const sizeHint of [undefined, data.length, 10, data.length * 50]) {
      const read = readCsvColumns(chunked(data, [777, 20_000]), {
        numeric: ["v", "w"],
        ...(sizeHint === undefined ? {} : { sizeHint }),
      });
      expect(read.ok && Array.from(read.value.numeric.v ?? []), String(sizeHint)).toEqual(values);
      expect(read.ok && read.value.lines.length).toBe(5000);
      expect(read.ok && read.value.lines[4999]).toBe(5001);
    }
  });
});
