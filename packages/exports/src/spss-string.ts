/** Long string literals are split into `"…" +` pieces so no syntax line grows past ~100 bytes. */
const CHUNK_CHARS = 60;

/**
 * An SPSS string literal: on one line (line breaks and tabs as a space), `"` doubled, split into
 * `+`-joined pieces when long. Browser-safe.
 */
export function spssString(text: string): string {
  const chars = [...text.replace(/[\r\n\t]+/g, " ")];
  const pieces: string[] = [];
  for (let start = 0; start < chars.length || pieces.length === 0; start += CHUNK_CHARS) {
    pieces.push(
      `"${chars
        .slice(start, start + CHUNK_CHARS)
        .join("")
        .replace(/"/g, '""')}"`,
    );
  }
  return pieces.join(" +\n    ");
}
