import PDFDocument from "pdfkit";
import type { ParsedFonts } from "./fonts.js";

/** A4 in points; the layout works from the top-left corner down. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN = 50;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** Where content stops; the page number sits below it. */
const BOTTOM = PAGE_HEIGHT - 60;
const LINE_GAP = 1.5;

export const COLOURS = {
  ink: "#1b1f24",
  muted: "#4a5561",
  rule: "#9aa4ae",
  light: "#e6eaee",
  band: "#b9c2cc",
  dimension: "#1f3a5f",
  category: "#5b7fa8",
} as const;

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly align?: "left" | "right" | "center";
}

export interface Column {
  readonly label: string;
  /** Points; one column (else the last) leaves it out and takes the width the others leave. */
  readonly width?: number;
  readonly align?: "right";
}

/** A table row: the first cell heads the row; a row with fewer cells lets its last cell span the rest. */
export type Row = readonly string[];

type StructType =
  | "Document"
  | "Sect"
  | "H1"
  | "H2"
  | "H3"
  | "P"
  | "L"
  | "LI"
  | "Lbl"
  | "LBody"
  | "Table"
  | "THead"
  | "TBody"
  | "TR"
  | "TH"
  | "TD"
  | "Figure";

interface StructOptions {
  readonly alt?: string;
  readonly lang?: string;
  readonly scope?: "Row" | "Column";
  readonly bbox?: readonly [number, number, number, number];
  readonly placement?: "Block";
}

/** The part of pdfkit's structure element the document uses (its typings lag behind 0.20). */
interface Struct {
  add(child: Struct | (() => void)): Struct;
  end(): void;
  readonly dictionary: { readonly data: Record<string, unknown> };
}

interface Tagging {
  struct(type: StructType, options?: StructOptions | (() => void), children?: () => void): Struct;
  addStructure(element: Struct): void;
  markContent(tag: "Artifact", options?: { type: "Pagination" | "Layout" }): void;
  endMarkedContent(): void;
}

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  /** BCP 47, e.g. "nl-BE". */
  readonly lang: string;
  readonly createdAt: Date;
  readonly fonts: ParsedFonts;
  /** The text at the foot of page n (drawn as an artifact, so screen readers skip it). */
  readonly footer: (page: number) => string;
}

/**
 * A tagged PDF laid out top to bottom: every piece of content is either inside a structure element
 * (H1–H3, P, L, Table, Figure with alternative text, grouped in Sect under Document) or marked as an
 * artifact (page numbers, table rules), so `pdfinfo` reports it tagged and a screen reader reads it in
 * order. Blocks never break across pages: each asks for its height first.
 */
export class TaggedDocument {
  readonly pdf: PDFKit.PDFDocument;
  private readonly tagging: Tagging;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly root: Struct;
  private parent: Struct;
  private pages = 0;
  y = MARGIN;

  constructor(private readonly meta: DocumentMeta) {
    this.pdf = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: 0, left: MARGIN, right: MARGIN },
      autoFirstPage: false,
      pdfVersion: "1.7",
      tagged: true,
      displayTitle: true,
      lang: meta.lang,
      font: meta.fonts.regular,
      info: {
        Title: meta.title,
        Subject: meta.subject,
        Creator: "Maturo",
        Producer: "Maturo",
        CreationDate: meta.createdAt,
      },
      // The embedded font as the default, so pdfkit never loads a standard (unembedded) one.
    } as unknown as PDFKit.PDFDocumentOptions);
    this.tagging = this.pdf as unknown as Tagging;
    // pdfkit takes a parsed fontkit font where its typings say only a path or bytes.
    this.pdf.registerFont("regular", meta.fonts.regular as unknown as string);
    this.pdf.registerFont("bold", meta.fonts.bold as unknown as string);
    this.done = new Promise((resolve, reject) => {
      this.pdf.on("data", (chunk: Buffer) => this.chunks.push(chunk));
      this.pdf.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.pdf.on("error", reject);
    });
    this.root = this.tagging.struct("Document");
    this.tagging.addStructure(this.root);
    this.parent = this.root;
    this.newPage();
  }

  /** Ends the document and gives its bytes. */
  finish(): Promise<Buffer> {
    this.root.end();
    this.pdf.end();
    return this.done;
  }

  get pageCount(): number {
    return this.pages;
  }

  newPage(): void {
    this.pdf.addPage();
    this.pages += 1;
    this.y = MARGIN;
    const page = this.pages;
    this.artifact(() => {
      this.style({ size: 8, color: COLOURS.muted });
      this.pdf.text(this.meta.footer(page), MARGIN, PAGE_HEIGHT - 36, {
        width: CONTENT_WIDTH,
        lineBreak: false,
      });
    }, "Pagination");
  }

  /** Starts a new page when `height` more points do not fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  /** Room left on this page. */
  get room(): number {
    return BOTTOM - this.y;
  }

  style(style: TextStyle = {}): void {
    this.pdf
      .font(style.bold ? "bold" : "regular")
      .fontSize(style.size ?? 10)
      .fillColor(style.color ?? COLOURS.ink);
  }

  /** The height `text` takes when wrapped to `width`. */
  measure(text: string, width: number, style: TextStyle = {}): number {
    this.style(style);
    return this.pdf.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  textWidth(text: string, style: TextStyle = {}): number {
    this.style(style);
    return this.pdf.widthOfString(text);
  }

  /** Draws text at a place (inside whatever structure element is open); returns its height. */
  write(text: string, x: number, y: number, width: number, style: TextStyle = {}): number {
    this.style(style);
    this.pdf.text(text, x, y, { width, lineGap: LINE_GAP, align: style.align ?? "left" });
    return this.pdf.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  /** Content that is not part of the document's text: page numbers (Pagination), rules (Layout). */
  artifact(draw: () => void, type: "Pagination" | "Layout" = "Layout"): void {
    this.tagging.markContent("Artifact", { type });
    draw();
    this.tagging.endMarkedContent();
  }

  /** A structure element under the open one, its content drawn by `draw`. */
  private element(type: StructType, options: StructOptions, draw: () => void, parent = this.parent): void {
    parent.add(this.tagging.struct(type, options, draw));
  }

  private container(type: StructType, options: StructOptions = {}, parent = this.parent): Struct {
    const element = this.tagging.struct(type, options);
    parent.add(element);
    return element;
  }

  /**
   * A section: its heading (H2) and what `body` adds, grouped in one Sect. `keep` is how much of the
   * body must fit under the heading on its page (a chart's height), so a heading never ends a page.
   */
  section(title: string, body: () => void, keep = 60): void {
    const outer = this.parent;
    const sect = this.container("Sect");
    this.parent = sect;
    this.heading(2, title, keep);
    body();
    sect.end();
    this.parent = outer;
  }

  /** A heading that keeps `keep` points of what follows on its page (a few lines by default). */
  heading(level: 1 | 2 | 3, text: string, keep = level === 1 ? 0 : 60): void {
    const size = level === 1 ? 20 : level === 2 ? 14 : 11;
    const height = this.measure(text, CONTENT_WIDTH, { size, bold: true });
    this.ensure(height + keep);
    this.y += level === 1 ? 0 : level === 2 ? 10 : 6;
    const y = this.y;
    this.element(`H${level}`, {}, () => this.write(text, MARGIN, y, CONTENT_WIDTH, { size, bold: true }));
    this.y += height + (level === 1 ? 6 : 4);
  }

  paragraph(text: string, style: TextStyle & { readonly indent?: number } = {}): void {
    const indent = style.indent ?? 0;
    const width = CONTENT_WIDTH - indent;
    const height = this.measure(text, width, style);
    this.ensure(height);
    const y = this.y;
    this.element("P", {}, () => this.write(text, MARGIN + indent, y, width, style));
    this.y += height + 4;
  }

  /** A third-level heading at a place of its own (a column); returns its height. */
  headingAt(text: string, x: number, y: number, width: number): number {
    const style = { size: 11, bold: true };
    const height = this.measure(text, width, style);
    this.element("H3", {}, () => this.write(text, x, y, width, style));
    return height;
  }

  /** A paragraph at a place of its own (beside a chart, in a column); returns its height. */
  paragraphAt(text: string, x: number, y: number, width: number, style: TextStyle = {}): number {
    const height = this.measure(text, width, style);
    this.element("P", {}, () => this.write(text, x, y, width, style));
    return height;
  }

  /**
   * A bulleted list in a column (x, width) from `top`; returns the height it took. Lists drawn side
   * by side share a top; the caller moves `y` past the taller one.
   */
  list(
    items: readonly string[],
    place: { readonly x?: number; readonly width?: number; readonly top?: number } = {},
    style: TextStyle = {},
  ): number {
    const x = place.x ?? MARGIN;
    const width = (place.width ?? CONTENT_WIDTH) - 12;
    const top = place.top ?? this.y;
    if (place.top === undefined)
      this.ensure(items.reduce((h, item) => h + this.measure(item, width, style) + 3, 0));
    const list = this.container("L");
    let y = place.top === undefined ? this.y : top;
    for (const item of items) {
      const li = this.container("LI", {}, list);
      const at = y;
      this.element("Lbl", {}, () => this.write("•", x, at, 10, style), li);
      const height = this.measure(item, width, style);
      this.element("LBody", {}, () => this.write(item, x + 12, at, width, style), li);
      li.end();
      y += height + 3;
    }
    list.end();
    if (place.top === undefined) this.y = y + 2;
    return y - top;
  }

  /** The height a table takes, for keeping a short one whole with its heading. */
  tableHeight(
    given: readonly Column[],
    rows: readonly Row[],
    style: { readonly size?: number } = {},
  ): number {
    const { heightOf } = this.tableLayout(given, style);
    return (
      heightOf(
        given.map((c) => c.label),
        true,
      ) + rows.reduce((h, row) => h + heightOf(row, false), 8)
    );
  }

  private tableLayout(given: readonly Column[], style: { readonly size?: number }) {
    const size = style.size ?? 8.5;
    const pad = 3;
    // The one column without a width (else the last) takes what the others leave: tables span the page.
    const open = given.findIndex((c) => c.width === undefined);
    const flex = open >= 0 ? open : given.length - 1;
    const used = given.reduce((w, c, i) => (i === flex ? w : w + (c.width ?? 0)), 0);
    const columns = given.map((c, i) => ({
      ...c,
      width: i === flex ? CONTENT_WIDTH - used : (c.width ?? 0),
    }));
    const spans = (cells: Row): number[] =>
      cells.map((_, i) =>
        i === cells.length - 1 && cells.length < columns.length
          ? columns.slice(i).reduce((w, c) => w + c.width, 0)
          : (columns[i]?.width ?? 60),
      );
    const heightOf = (cells: Row, bold: boolean): number =>
      Math.max(
        ...cells.map((cell, i) => this.measure(cell, (spans(cells)[i] ?? 60) - 2 * pad, { size, bold })),
      ) +
      2 * pad;
    return { columns, size, pad, spans, heightOf };
  }

  /**
   * A table: a header row of column heads (TH, scope Column), then one row per entry whose first cell
   * heads the row (TH, scope Row). The header repeats, as an artifact, when a table continues on a new
   * page. Text wraps inside a cell; numbers align right.
   */
  table(given: readonly Column[], rows: readonly Row[], style: { readonly size?: number } = {}): void {
    const { columns, size, pad, spans, heightOf } = this.tableLayout(given, style);
    const drawCells = (cells: Row, bold: boolean, tr: Struct | null): void => {
      const widths = spans(cells);
      const y = this.y;
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const column = columns[i];
        const width = widths[i] ?? 60;
        const spanning = width !== column?.width;
        const align = column?.align === "right" && !spanning ? "right" : "left";
        const at = x;
        const draw = (): void => {
          this.write(cell, at + pad, y + pad, width - 2 * pad, { size, bold, align });
        };
        if (tr === null) draw();
        else {
          const head = bold || i === 0;
          const options: StructOptions = head ? { scope: bold ? "Column" : "Row" } : {};
          const cellElement = this.tagging.struct(head ? "TH" : "TD", options, draw);
          if (spanning) {
            const data = cellElement.dictionary.data;
            data.A = { ...(data.A as object | undefined), O: "Table", ColSpan: columns.length - i };
          }
          tr.add(cellElement);
        }
        x += width;
      });
    };
    const rule = (y: number, strong: boolean): void =>
      this.artifact(() => {
        this.pdf
          .moveTo(MARGIN, y)
          .lineTo(MARGIN + columns.reduce((w, c) => w + c.width, 0), y)
          .lineWidth(strong ? 0.8 : 0.3)
          .strokeColor(strong ? COLOURS.ink : COLOURS.rule)
          .stroke();
      });
    const labels = columns.map((c) => c.label);
    const headHeight = heightOf(labels, true);
    const firstRow = rows[0] ? heightOf(rows[0], false) : 0;
    this.ensure(headHeight + firstRow);
    const table = this.container("Table");
    const head = this.container("THead", {}, table);
    const headRow = this.container("TR", {}, head);
    drawCells(labels, true, headRow);
    headRow.end();
    head.end();
    this.y += headHeight;
    rule(this.y, true);
    const body = this.container("TBody", {}, table);
    for (const cells of rows) {
      const height = heightOf(cells, false);
      if (this.y + height > BOTTOM) {
        this.newPage();
        this.artifact(() => drawCells(labels, true, null), "Pagination");
        this.y += headHeight;
        rule(this.y, true);
      }
      const tr = this.container("TR", {}, body);
      drawCells(cells, false, tr);
      tr.end();
      this.y += height;
      rule(this.y, false);
    }
    body.end();
    table.end();
    this.y += 8;
  }

  /**
   * A chart: a Figure with its alternative text, `height` points tall across the content width.
   * `draw` gets the figure's top; everything it draws belongs to the figure.
   */
  figure(alt: string, height: number, draw: (top: number) => void): void {
    this.ensure(height);
    const top = this.y;
    this.element(
      "Figure",
      { alt, bbox: [MARGIN, top, MARGIN + CONTENT_WIDTH, top + height], placement: "Block" },
      () => draw(top),
    );
    this.y += height + 6;
  }
}
