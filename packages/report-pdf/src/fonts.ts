import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The report's typeface: DejaVu Sans Condensed, which covers Latin, Greek and Cyrillic. */
export interface ReportFonts {
  readonly regular: Buffer;
  readonly bold: Buffer;
}

const FILES = {
  regular: "dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf",
} as const;

let loaded: ReportFonts | undefined;

/**
 * The font files from the `dejavu-fonts-ttf` package (never the system's, so every machine prints the
 * same), read once per process: the PDF embeds the subset it uses.
 */
export function reportFonts(): ReportFonts {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = {
      regular: readFileSync(require.resolve(FILES.regular)),
      bold: readFileSync(require.resolve(FILES.bold)),
    };
  }
  return loaded;
}
