import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";

/** The report's typeface as TrueType bytes; DejaVu Sans Condensed covers Latin, Greek and Cyrillic. */
export interface ReportFonts {
  readonly regular: Buffer;
  readonly bold: Buffer;
}

/** The typeface parsed, ready for pdfkit. */
export interface ParsedFonts {
  readonly regular: Font;
  readonly bold: Font;
}

const FILES = {
  regular: "dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf",
} as const;

let defaults: ReportFonts | undefined;
const parsed = new WeakMap<Buffer, Font>();

/**
 * The font files from the `dejavu-fonts-ttf` package (never the system's, so every machine prints the
 * same), read once per process: the PDF embeds the subset it uses.
 */
export function reportFonts(): ReportFonts {
  if (!defaults) {
    const require = createRequire(import.meta.url);
    defaults = {
      regular: readFileSync(require.resolve(FILES.regular)),
      bold: readFileSync(require.resolve(FILES.bold)),
    };
  }
  return defaults;
}

function parse(bytes: Buffer): Font {
  let font = parsed.get(bytes);
  if (!font) {
    const created = create(bytes);
    if (!("layout" in created)) throw new Error("report-pdf: a font collection is not a font; give one face");
    font = created;
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * The fonts parsed once per set of bytes: parsing a TrueType file's tables takes most of a report's
 * rendering time, and a parsed font serves any number of documents (each embeds its own subset).
 */
export function parsedFonts(fonts: ReportFonts): ParsedFonts {
  return { regular: parse(fonts.regular), bold: parse(fonts.bold) };
}
