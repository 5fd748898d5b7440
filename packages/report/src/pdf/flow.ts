import { PAGE_HEIGHT, PAGE_WIDTH, type PdfWriter } from "./pdf-writer.js";

export const MARGIN = 48;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const BOTTOM = PAGE_HEIGHT - 56;

/** Lays content out top to bottom, starting a new page when the next block does not fit. */
export class Flow {
  y = MARGIN;
  constructor(
    readonly pdf: PdfWriter,
    private readonly footer: (page: number) => string,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = MARGIN;
    this.pdf.text(MARGIN, PAGE_HEIGHT - 28, this.footer(this.pdf.pageCount), { size: 8, gray: 0.3 });
  }

  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  heading(text: string, size = 14): void {
    this.ensure(size + 60);
    this.y += size + 6;
    this.pdf.text(MARGIN, this.y, text, { size, bold: true });
    this.y += 8;
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; indent?: number; gray?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    for (const line of this.pdf.wrap(text, CONTENT_WIDTH - indent, size, options.bold)) {
      this.ensure(size + 4);
      this.y += size + 3;
      this.pdf.text(MARGIN + indent, this.y, line, {
        size,
        ...(options.bold ? { bold: true } : {}),
        ...(options.gray !== undefined ? { gray: options.gray } : {}),
      });
    }
    this.y += 3;
  }

  bullet(text: string, size = 10): void {
    const lines = this.pdf.wrap(text, CONTENT_WIDTH - 14, size);
    lines.forEach((line, index) => {
      this.ensure(size + 4);
      this.y += size + 3;
      if (index === 0) this.pdf.text(MARGIN + 2, this.y, "•", { size });
      this.pdf.text(MARGIN + 14, this.y, line, { size });
    });
    this.y += 2;
  }

  /** A table with a bold header row; columns are widths in points, text wraps inside a cell. */
  table(
    columns: readonly { label: string; width: number; align?: "right" }[],
    rows: readonly string[][],
  ): void {
    const size = 9;
    const drawRow = (cells: readonly string[], bold: boolean): void => {
      // A row with fewer cells than columns lets its last cell span the rest (a reason, not a number).
      const spans = cells.map((_, i) =>
        i === cells.length - 1 && cells.length < columns.length
          ? columns.slice(i).reduce((w, c) => w + c.width, 0)
          : (columns[i]?.width ?? 60),
      );
      // Leading spaces indent a cell (a category under its dimension). They are drawn as part of the
      // text, so every row still starts at the same x and text extraction keeps the rows in order.
      const wrapped = cells.map((cell, i) => {
        const indent = /^ */.exec(cell)?.[0] ?? "";
        const width = (spans[i] ?? 60) - 6 - this.pdf.textWidth(indent, size, bold);
        return this.pdf.wrap(cell, width, size, bold).map((line) => `${indent}${line}`);
      });
      const height = Math.max(...wrapped.map((w) => w.length)) * (size + 2) + 5;
      this.ensure(height);
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        const column = columns[i];
        if (!column) return;
        lines.forEach((line, l) => {
          const spanning = spans[i] !== column.width;
          const lineX =
            column.align === "right" && !spanning
              ? x + column.width - 4 - this.pdf.textWidth(line, size, bold)
              : x + 6;
          this.pdf.text(lineX, this.y + (l + 1) * (size + 2), line, { size, bold });
        });
        x += column.width;
      });
      this.y += height;
      this.pdf.line(MARGIN, this.y - 1, MARGIN + CONTENT_WIDTH, this.y - 1, {
        width: bold ? 0.8 : 0.3,
        gray: bold ? 0 : 0.5,
      });
    };
    drawRow(
      columns.map((c) => c.label),
      true,
    );
    for (const row of rows) drawRow(row, false);
    this.y += 6;
  }
}
