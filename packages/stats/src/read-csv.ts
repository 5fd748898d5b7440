import { parseCell } from "./data-columns.js";
import { fail, ok, type StatsError, type StatsResult } from "./stats-error.js";

/** The field separators a header line is searched for, in order of preference on a tie. */
export type CsvDelimiter = "," | ";" | "\t";

/** Which columns to keep, and how. Columns not named are checked for their field count only. */
export interface CsvColumnRequest {
  /** Parsed as numbers straight from the bytes (NaN marks an empty or `NA` cell). */
  readonly numeric?: readonly string[];
  /** Kept as text. */
  readonly text?: readonly string[];
  /** Keep every column as text (what `parseCsv` asks for). */
  readonly allText?: boolean;
  /**
   * The file's size in bytes, when known: the numeric columns are then sized once from the first
   * rows' length instead of doubling (which holds two copies of every column while it grows).
   */
  readonly sizeHint?: number;
}

export interface CsvColumns {
  /** Header names, trimmed. */
  readonly header: readonly string[];
  readonly delimiter: CsvDelimiter;
  /** True when the delimiter is `;`: a decimal comma (`3,5`) is then read as 3.5. */
  readonly decimalComma: boolean;
  readonly rowCount: number;
  readonly numeric: Readonly<Record<string, Float64Array>>;
  readonly text: Readonly<Record<string, string[]>>;
  /** The 1-based line of the file each data row starts on (for messages naming a line). */
  readonly lines: Int32Array;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;
const DOT = 46;
const MINUS = 45;
const PLUS = 43;

const SKIP = 0;
const NUMBER = 1;
const TEXT = 2;

/** Powers of ten that are exact doubles: m / 10^k is then correctly rounded (Clinger's fast path). */
const POW10 = Float64Array.from({ length: 23 }, (_, k) => 10 ** k);
/** A field that is entirely a number with a decimal comma (rewritten to a point in text columns). */
const DECIMAL_COMMA = /^\s*[+-]?\d*,\d+(?:[eE][+-]?\d+)?\s*$/;

/** Counts the candidate delimiters outside quotes on the header line; the most frequent wins. */
function detectDelimiter(buf: Uint8Array, start: number, end: number): CsvDelimiter {
  const counts = { [COMMA]: 0, [SEMICOLON]: 0, [TAB]: 0 } as Record<number, number>;
  let quoted = false;
  for (let p = start; p < end; p++) {
    const c = buf[p] as number;
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) break;
    else if (!quoted && (c === COMMA || c === SEMICOLON || c === TAB)) counts[c] = (counts[c] as number) + 1;
  }
  const comma = counts[COMMA] as number;
  const semicolon = counts[SEMICOLON] as number;
  const tab = counts[TAB] as number;
  if (semicolon > comma && semicolon >= tab) return ";";
  if (tab > comma && tab > semicolon) return "\t";
  return ",";
}

/** True when the buffer holds a complete first line (a newline outside quotes). */
function hasFirstLine(buf: Uint8Array, start: number): boolean {
  let quoted = false;
  for (let p = start; p < buf.length; p++) {
    const c = buf[p] as number;
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) return true;
  }
  return false;
}

/**
 * The number in bytes [s, e) when it is plain decimal (sign, at most 15 digits, a point — or a
 * comma when `comma` — and no exponent), else undefined for the full parser. Exact: the digits form
 * an integer below 2^53 and one division by an exact power of ten rounds correctly, as `Number` does.
 */
function fastNumber(buf: Uint8Array, s: number, e: number, comma: boolean): number | undefined {
  let i = s;
  let negative = false;
  const first = buf[i] as number;
  if (first === MINUS || first === PLUS) {
    negative = first === MINUS;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let point = false;
  let sawDigit = false;
  for (; i < e; i++) {
    const c = buf[i] as number;
    if (c >= 48 && c <= 57) {
      sawDigit = true;
      if (point) fraction++;
      if (mantissa === 0 && c === 48) continue;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (!point && (c === DOT || (comma && c === COMMA))) point = true;
    else return undefined;
  }
  if (!sawDigit || digits > 15 || fraction > 22) return undefined;
  const value = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
  return negative ? -value : value;
}

function growNumbers(column: Float64Array, capacity: number): Float64Array {
  const grown = new Float64Array(capacity);
  grown.set(column);
  return grown;
}

function growLines(lines: Int32Array, capacity: number): Int32Array {
  const grown = new Int32Array(capacity);
  grown.set(lines);
  return grown;
}

/** A cell error of the full parser, with the line of the file next to the row. */
function withLine(error: StatsError, line: number): StatsError {
  return error.row === undefined
    ? error
    : { ...error, message: error.message.replace(`row ${error.row},`, `row ${error.row} (line ${line}),`) };
}

/**
 * Reads CSV bytes (UTF-8, with or without a BOM) chunk by chunk into columns: numeric columns
 * straight into Float64Arrays without building a string per cell (quoted or unusual cells go
 * through the full parser), text columns as strings, other columns only counted. The delimiter
 * (`,`, `;` or tab) is the most frequent one on the header line; with `;` a decimal comma is
 * accepted. RFC 4180 quoting (doubled quotes, line breaks inside quotes), CRLF or LF; blank lines
 * are skipped. Errors name the row (1 = first data row), the line and the column.
 */
export function readCsvColumns(
  chunks: Iterable<Uint8Array>,
  request: CsvColumnRequest,
): StatsResult<CsvColumns> {
  const decoder = new TextDecoder("utf-8");
  let delimiterByte = -1;
  let header: string[] | undefined;
  let kinds = new Uint8Array(0);
  let names: string[] = [];
  let numbers: Float64Array[] = [];
  let texts: string[][] = [];
  let lines: Int32Array = new Int32Array(1024);
  let rows = 0;
  let line = 1;
  let pending: Uint8Array | undefined;
  /** Bytes of the file before the buffer being parsed. */
  let base = 0;
  let first = true;
  // One record's values, committed only when the whole record is read (it may span chunks).
  let recordNumbers = new Float64Array(0);
  let recordTexts: string[] = [];
  let headerFields: string[] = [];

  const decimalComma = (): boolean => delimiterByte === SEMICOLON;

  const startColumns = (fields: string[]): StatsResult<true> => {
    header = fields.map((h) => h.trim());
    const duplicate = header.find((h, i) => (header as string[]).indexOf(h) !== i);
    if (duplicate !== undefined) {
      return fail({
        code: "BAD_CSV",
        message: `column "${duplicate}" appears twice in the header`,
        column: duplicate,
      });
    }
    const wanted = [...(request.numeric ?? []), ...(request.text ?? [])];
    const unknown = [...new Set(wanted.filter((name) => !(header as string[]).includes(name)))];
    if (unknown.length > 0) {
      return fail({
        code: "UNKNOWN_COLUMN",
        message: `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")} (columns: ${header.join(", ")})`,
        column: unknown[0] as string,
      });
    }
    names = header;
    kinds = Uint8Array.from(header, (name) =>
      request.allText === true || request.text?.includes(name)
        ? TEXT
        : request.numeric?.includes(name)
          ? NUMBER
          : SKIP,
    );
    numbers = header.map((_, j) => new Float64Array(kinds[j] === NUMBER ? lines.length : 0));
    texts = header.map(() => []);
    recordNumbers = new Float64Array(header.length);
    recordTexts = header.map(() => "");
    return ok(true);
  };

  /** Parses records from `buf`; returns where an incomplete record starts (or buf.length), or an error. */
  const parse = (buf: Uint8Array, final: boolean): number | StatsError => {
    let p = 0;
    if (first) {
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) p = 3;
      else if (!final && buf.length < 3) return 0;
      if (!final && !hasFirstLine(buf, p)) return 0;
      delimiterByte = detectDelimiter(buf, p, buf.length).charCodeAt(0);
      first = false;
    }
    const delimiter = delimiterByte;
    const end = buf.length;
    while (p < end) {
      const recordStart = p;
      const recordLine = line;
      let field = 0;
      let blank = true;
      let complete = false;
      if (header === undefined) headerFields = [];
      while (true) {
        // One field, starting at p.
        let s = p;
        let value: string | undefined;
        let quoted = false;
        if (buf[p] === QUOTE) {
          quoted = true;
          blank = false;
          const pieces: string[] = [];
          let q = p + 1;
          let pieceStart = q;
          let closed = false;
          while (q < end) {
            const c = buf[q] as number;
            if (c === QUOTE) {
              if (q + 1 < end && buf[q + 1] === QUOTE) {
                pieces.push(decoder.decode(buf.subarray(pieceStart, q + 1)));
                q += 2;
                pieceStart = q;
                continue;
              }
              if (q + 1 >= end && !final) break;
              pieces.push(decoder.decode(buf.subarray(pieceStart, q)));
              closed = true;
              q++;
              break;
            }
            if (c === LF || (c === CR && buf[q + 1] !== LF)) line++;
            q++;
          }
          if (!closed) {
            if (!final) {
              line = recordLine;
              return recordStart;
            }
            return {
              code: "BAD_CSV",
              message: `row ${rows + 1} (line ${recordLine}): unterminated quoted field`,
            };
          }
          // Text after the closing quote belongs to the field, as the first parser allowed.
          s = q;
          while (q < end && buf[q] !== delimiter && buf[q] !== LF && buf[q] !== CR) q++;
          if (q < end || final) pieces.push(decoder.decode(buf.subarray(s, q)));
          value = pieces.join("");
          s = q;
          p = q;
        } else {
          while (p < end) {
            const c = buf[p] as number;
            if (c === delimiter || c === LF || c === CR) break;
            p++;
          }
        }
        if (p >= end && !final) {
          line = recordLine;
          return recordStart;
        }
        if (p > s || quoted) blank = false;
        if (header !== undefined) {
          if (field < names.length) {
            const kind = kinds[field] as number;
            if (kind === NUMBER) {
              let number: number | undefined;
              if (value === undefined) {
                if (p === s) number = Number.NaN;
                else if (p - s === 2 && buf[s] === 78 && buf[s + 1] === 65) number = Number.NaN;
                else number = fastNumber(buf, s, p, decimalComma());
              }
              if (number === undefined) {
                let text = value ?? decoder.decode(buf.subarray(s, p));
                if (decimalComma() && DECIMAL_COMMA.test(text)) text = text.replace(",", ".");
                const parsed = parseCell(text, rows + 1, names[field] as string);
                if (typeof parsed === "object" && parsed !== null) return withLine(parsed, recordLine);
                number = parsed ?? Number.NaN;
              }
              recordNumbers[field] = number;
            } else if (kind === TEXT) {
              const text = value ?? decoder.decode(buf.subarray(s, p));
              recordTexts[field] =
                value === undefined && decimalComma() && DECIMAL_COMMA.test(text)
                  ? text.replace(",", ".")
                  : text;
            }
          }
        } else {
          headerFields.push(value ?? decoder.decode(buf.subarray(s, p)));
        }
        field++;
        if (p >= end) {
          complete = true;
          break;
        }
        const c = buf[p] as number;
        if (c === delimiter) {
          p++;
          continue;
        }
        // A line break ends the record; CRLF counts once, a lone CR too.
        if (c === CR) {
          if (p + 1 >= end && !final) {
            line = recordLine;
            return recordStart;
          }
          p += buf[p + 1] === LF ? 2 : 1;
        } else p++;
        line++;
        complete = true;
        break;
      }
      if (!complete) continue;
      if (blank && field === 1) continue;
      if (header === undefined) {
        const started = startColumns(headerFields);
        if (!started.ok) return started.error;
        continue;
      }
      if (field !== names.length) {
        return {
          code: "BAD_CSV",
          message: `row ${rows + 1} (line ${recordLine}): ${field} field${field === 1 ? "" : "s"} where the header has ${names.length}`,
          row: rows + 1,
        };
      }
      if (rows === lines.length) {
        // Room for the rows the rest of the file will hold at this row length, else twice as many.
        const estimate =
          request.sizeHint === undefined ? 0 : Math.ceil((request.sizeHint / (base + p)) * rows * 1.05);
        const capacity = Math.max(rows * 2, estimate);
        lines = growLines(lines, capacity);
        for (let j = 0; j < names.length; j++) {
          if (kinds[j] === NUMBER) numbers[j] = growNumbers(numbers[j] as Float64Array, capacity);
        }
      }
      lines[rows] = recordLine;
      for (let j = 0; j < names.length; j++) {
        const kind = kinds[j] as number;
        if (kind === NUMBER) (numbers[j] as Float64Array)[rows] = recordNumbers[j] as number;
        else if (kind === TEXT) (texts[j] as string[]).push(recordTexts[j] as string);
      }
      rows++;
    }
    return end;
  };

  const feed = (buf: Uint8Array, final: boolean): StatsError | undefined => {
    const stop = parse(buf, final);
    if (typeof stop === "object") return stop;
    base += stop;
    pending = stop < buf.length ? buf.subarray(stop) : undefined;
    return undefined;
  };

  for (const chunk of chunks) {
    let buf = chunk;
    if (pending !== undefined && pending.length > 0) {
      buf = new Uint8Array(pending.length + chunk.length);
      buf.set(pending);
      buf.set(chunk, pending.length);
    }
    const error = feed(buf, false);
    if (error !== undefined) return fail(error);
  }
  const error = feed(pending ?? new Uint8Array(0), true);
  if (error !== undefined) return fail(error);
  if (header === undefined) {
    return fail({ code: "BAD_CSV", message: "the file is empty (a header row is needed)" });
  }
  const numeric: Record<string, Float64Array> = {};
  const text: Record<string, string[]> = {};
  names.forEach((name, j) => {
    const column = numbers[j] as Float64Array;
    // Keep the grown buffer when it is mostly used; copy a small column out of a large one.
    if (kinds[j] === NUMBER)
      numeric[name] = rows * 4 >= column.length * 3 ? column.subarray(0, rows) : column.slice(0, rows);
    else if (kinds[j] === TEXT) text[name] = texts[j] as string[];
  });
  return ok({
    header: names,
    delimiter: String.fromCharCode(delimiterByte) as CsvDelimiter,
    decimalComma: delimiterByte === SEMICOLON,
    rowCount: rows,
    numeric,
    text,
    lines: lines.slice(0, rows),
  });
}
