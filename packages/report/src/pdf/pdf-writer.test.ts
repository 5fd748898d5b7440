import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodeWinAnsi, PdfWriter } from "./pdf-writer.js";

function objects(pdf: Buffer): Map<number, number> {
  const text = pdf.toString("latin1");
  const found = new Map<number, number>();
  for (const match of text.matchAll(/(\d+) 0 obj\n/g)) found.set(Number(match[1]), match.index ?? 0);
  return found;
}

describe("the PDF writer", () => {
  it("encodes Dutch accents and typographic marks in WinAnsiEncoding", () => {
    expect(encodeWinAnsi("Efficiëntie – café “ok” €")).toEqual([
      ...[0x45, 0x66, 0x66, 0x69, 0x63, 0x69, 0xeb, 0x6e, 0x74, 0x69, 0x65],
      0x20,
      0x96,
      0x20,
      ...[0x63, 0x61, 0x66, 0xe9],
      0x20,
      0x93,
      ...[0x6f, 0x6b],
      0x94,
      0x20,
      0x80,
    ]);
    expect(encodeWinAnsi("≥ 5 ✓")).toEqual([...Buffer.from(">= 5 ?", "latin1")]);
  });

  it("writes a PDF 1.4 file whose cross-reference table points at every object", () => {
    const pdf = new PdfWriter({
      title: "Test — één",
      lang: "nl-BE",
      createdAt: new Date("2026-01-02T03:04:05Z"),
    });
    pdf.addPage();
    pdf.text(50, 50, "Gemeente (synthetisch) \\ 62,5");
    pdf.rect(50, 60, 100, 10, { fill: 0.8, hatch: true, stroke: 0 });
    pdf.addPage();
    pdf.line(0, 0, 100, 100);
    const buffer = pdf.toBuffer();
    const text = buffer.toString("latin1");
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
    const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe("xref");
    const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    const offsets = objects(buffer);
    expect(entries).toHaveLength(offsets.size);
    entries.forEach((offset, index) => {
      expect(offsets.get(index + 1)).toBe(offset);
    });
    expect(text).toContain("/Count 2");
    expect(text).toContain("/BaseFont /Helvetica /Encoding /WinAnsiEncoding");
    // The first page's content stream holds the escaped text.
    const stream = /stream\n([\s\S]*?)\nendstream/.exec(text)?.[1] as string;
    const content = inflateSync(Buffer.from(stream, "latin1")).toString("latin1");
    expect(content).toContain("(Gemeente \\(synthetisch\\) \\\\ 62,5) Tj");
  });

  it("wraps text to a width using Helvetica's metrics", () => {
    const pdf = new PdfWriter({ title: "t", lang: "en", createdAt: new Date() });
    expect(pdf.textWidth("Hello", 10)).toBeCloseTo(22.78, 1);
    const lines = pdf.wrap("the quick brown fox jumps over the lazy dog", 60, 10);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(pdf.textWidth(line, 10)).toBeLessThanOrEqual(60);
    expect(lines.join(" ")).toBe("the quick brown fox jumps over the lazy dog");
  });
});
