import { deflateSync } from "node:zlib";
import { HELVETICA_BOLD_WIDTHS, HELVETICA_WIDTHS, WIN_ANSI_EXTRA } from "./pdf-metrics.js";

/** A4 in points. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  /** 0 = black … 1 = white. */
  gray?: number;
}

export interface LineStyle {
  width?: number;
  gray?: number;
  dash?: readonly number[];
}

export interface RectStyle {
  /** Fill grey level (0 black … 1 white); omitted = no fill. */
  fill?: number;
  /** Outline grey level; omitted = no outline. */
  stroke?: number;
  lineWidth?: number;
  /** Diagonal hatching, so a bar stays distinguishable when printed in black and white. */
  hatch?: boolean;
}

export interface PdfMetadata {
  title: string;
  subject?: string;
  /** BCP 47 language of the document's text, e.g. "nl-BE". */
  lang: string;
  createdAt: Date;
}

const TEXT_REPLACEMENTS: ReadonlyMap<number, string> = new Map([
  [0x2212, "-"],
  [0x2264, "<="],
  [0x2265, ">="],
  [0x2192, "->"],
  [0x2009, " "],
  [0x202f, " "],
]);

/** Unicode text as WinAnsiEncoding bytes; characters outside it become "?" (or a plain stand-in). */
export function encodeWinAnsi(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp <= 0xff)) bytes.push(cp);
    else if (WIN_ANSI_EXTRA.has(cp)) bytes.push(WIN_ANSI_EXTRA.get(cp) as number);
    else if (TEXT_REPLACEMENTS.has(cp)) bytes.push(...encodeWinAnsi(TEXT_REPLACEMENTS.get(cp) as string));
    else if (cp === 0x09 || cp === 0x0a || cp === 0x0d) bytes.push(0x20);
    else bytes.push(0x3f);
  }
  return bytes;
}

function pdfString(bytes: readonly number[]): string {
  let out = "(";
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) out += `\\${b.toString(8).padStart(3, "0")}`;
    else out += String.fromCharCode(b);
  }
  return `${out})`;
}

/** A text string in UTF-16BE with a byte-order mark, for the document information dictionary. */
function pdfTextString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

function pdfDate(date: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `(D:${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z)`;
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, "").replace(/\.$/, "");
}

/**
 * A minimal PDF 1.4 writer: text in the standard Helvetica fonts (WinAnsiEncoding, so Dutch accents
 * work without embedding a font), lines and rectangles. Coordinates are points from the top-left
 * corner of the page, which is how the report lays itself out.
 */
export class PdfWriter {
  private readonly pages: string[][] = [];

  constructor(private readonly meta: PdfMetadata) {}

  get pageCount(): number {
    return this.pages.length;
  }

  addPage(): void {
    this.pages.push([]);
  }

  private get ops(): string[] {
    const page = this.pages.at(-1);
    if (!page) throw new Error("PdfWriter: call addPage() first");
    return page;
  }

  textWidth(text: string, size: number, bold = false): number {
    const widths = bold ? HELVETICA_BOLD_WIDTHS : HELVETICA_WIDTHS;
    let total = 0;
    for (const b of encodeWinAnsi(text)) total += widths[b - 32] ?? 556;
    return (total * size) / 1000;
  }

  /** Splits text into lines no wider than `maxWidth`; a word longer than a line is cut. */
  wrap(text: string, maxWidth: number, size: number, bold = false): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split("\n")) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (this.textWidth(candidate, size, bold) <= maxWidth) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        let rest = word;
        while (this.textWidth(rest, size, bold) > maxWidth && rest.length > 1) {
          let cut = rest.length - 1;
          while (cut > 1 && this.textWidth(rest.slice(0, cut), size, bold) > maxWidth) cut--;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      lines.push(line);
    }
    return lines;
  }

  /** Text with its baseline at `y` points from the top. */
  text(x: number, y: number, text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const font = style.bold ? "/F2" : "/F1";
    this.ops.push(
      `BT ${num(style.gray ?? 0)} g ${font} ${num(size)} Tf ${num(x)} ${num(PAGE_HEIGHT - y)} Td ${pdfString(encodeWinAnsi(text))} Tj ET`,
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, style: LineStyle = {}): void {
    const dash = style.dash ? `[${style.dash.map(num).join(" ")}] 0 d ` : "";
    this.ops.push(
      `q ${dash}${num(style.width ?? 0.5)} w ${num(style.gray ?? 0)} G ${num(x1)} ${num(PAGE_HEIGHT - y1)} m ${num(x2)} ${num(PAGE_HEIGHT - y2)} l S Q`,
    );
  }

  /** A rectangle whose top-left corner is (x, y). */
  rect(x: number, y: number, width: number, height: number, style: RectStyle): void {
    if (width <= 0 || height <= 0) return;
    const box = `${num(x)} ${num(PAGE_HEIGHT - y - height)} ${num(width)} ${num(height)} re`;
    if (style.fill !== undefined) this.ops.push(`q ${num(style.fill)} g ${box} f Q`);
    if (style.hatch) {
      const bottom = PAGE_HEIGHT - y - height;
      const strokes: string[] = [];
      for (let offset = -height; offset < width; offset += 4) {
        strokes.push(
          `${num(x + offset)} ${num(bottom)} m ${num(x + offset + height)} ${num(bottom + height)} l`,
        );
      }
      this.ops.push(`q ${box} W n 0.6 w 0 G ${strokes.join(" ")} S Q`);
    }
    if (style.stroke !== undefined)
      this.ops.push(`q ${num(style.lineWidth ?? 0.6)} w ${num(style.stroke)} G ${box} S Q`);
  }

  /** A filled circle centred on (cx, cy), drawn with four Bézier arcs. */
  circle(cx: number, cy: number, r: number, style: { fill: number; stroke?: number }): void {
    const k = 0.5523 * r;
    const y = PAGE_HEIGHT - cy;
    const path = [
      `${num(cx + r)} ${num(y)} m`,
      `${num(cx + r)} ${num(y + k)} ${num(cx + k)} ${num(y + r)} ${num(cx)} ${num(y + r)} c`,
      `${num(cx - k)} ${num(y + r)} ${num(cx - r)} ${num(y + k)} ${num(cx - r)} ${num(y)} c`,
      `${num(cx - r)} ${num(y - k)} ${num(cx - k)} ${num(y - r)} ${num(cx)} ${num(y - r)} c`,
      `${num(cx + k)} ${num(y - r)} ${num(cx + r)} ${num(y - k)} ${num(cx + r)} ${num(y)} c`,
    ].join(" ");
    const paint = style.stroke === undefined ? "f" : "B";
    this.ops.push(`q ${num(style.fill)} g ${num(style.stroke ?? 0)} G 1 w ${path} ${paint} Q`);
  }

  /** The finished file. */
  toBuffer(): Buffer {
    if (this.pages.length === 0) this.addPage();
    const objects: Buffer[] = [];
    const add = (body: string | Buffer): number => {
      objects.push(typeof body === "string" ? Buffer.from(body, "latin1") : body);
      return objects.length;
    };
    // Fixed object numbers: 1 catalog, 2 page tree, 3–4 fonts, 5 info; pages follow.
    add("");
    add("");
    const font = (name: string): string =>
      `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
    add(font("Helvetica"));
    add(font("Helvetica-Bold"));
    const subject = this.meta.subject ? ` /Subject ${pdfTextString(this.meta.subject)}` : "";
    add(
      `<< /Title ${pdfTextString(this.meta.title)}${subject} /Producer (Maturo) /CreationDate ${pdfDate(this.meta.createdAt)} >>`,
    );
    const pageIds: number[] = [];
    for (const ops of this.pages) {
      const content = deflateSync(Buffer.from(ops.join("\n"), "latin1"));
      const streamId = add(
        Buffer.concat([
          Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, "latin1"),
          content,
          Buffer.from("\nendstream", "latin1"),
        ]),
      );
      pageIds.push(
        add(
          `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(PAGE_WIDTH)} ${num(PAGE_HEIGHT)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${streamId} 0 R >>`,
        ),
      );
    }
    objects[0] = Buffer.from(
      `<< /Type /Catalog /Pages 2 0 R /Lang ${pdfString(encodeWinAnsi(this.meta.lang))} /ViewerPreferences << /DisplayDocTitle true >> >>`,
      "latin1",
    );
    objects[1] = Buffer.from(
      `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`,
      "latin1",
    );

    const chunks: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
    let offset = chunks[0]?.length ?? 0;
    const offsets: number[] = [];
    objects.forEach((body, index) => {
      offsets.push(offset);
      const chunk = Buffer.concat([
        Buffer.from(`${index + 1} 0 obj\n`, "latin1"),
        body,
        Buffer.from("\nendobj\n", "latin1"),
      ]);
      chunks.push(chunk);
      offset += chunk.length;
    });
    const xref = [
      "xref",
      `0 ${objects.length + 1}`,
      "0000000000 65535 f ",
      ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
      "trailer",
      `<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>`,
      "startxref",
      String(offset),
      "%%EOF",
      "",
    ].join("\n");
    chunks.push(Buffer.from(xref, "latin1"));
    return Buffer.concat(chunks);
  }
}
