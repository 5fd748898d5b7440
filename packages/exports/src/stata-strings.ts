/**
 * Text in a Stata do-file: string literals, labels cut to Stata's limits, and comments.
 *
 * Stata reads every line of a do-file in three steps, and each can break a label taken from an
 * item text: comments are removed first (`/* … *\/`, `//` and a final `///`, even inside quotes),
 * then macros are expanded (`$name`, `` `name' ``; a backslash protects: `\$` → `$`,
 * `` \` `` → `` ` ``, `\\` → `\`), and only then are quotes matched — `"…"`, or the compound
 * quotes `` `"…"' `` that may hold double quotes and nest.
 */

/** Stata's limit on variable labels and the data label, in characters. */
export const STATA_LABEL_CHARS = 80;
/** Text kept in a characteristic (`char`), far below Stata's limit. */
export const STATA_CHAR_TEXT_CHARS = 4000;

/** Control characters (newlines and tabs included) and line separators: a do-file string stays on one line. */
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;

/** `` `=char(N)' ``: a character written as a macro expression, expanded after comments are removed. */
function charExpression(char: string): string {
  return `\`=char(${char.codePointAt(0)})'`;
}

/**
 * A Stata string literal that reads back exactly as `text` (with control characters as spaces),
 * except for two look-alikes where no literal can hold the original: an apostrophe right after a
 * double quote (`"'` would close compound quotes) becomes `’`, and a backtick before a double
 * quote or at the end (`` `" `` would open compound quotes) becomes `‘`. `\`, `$` and `` ` `` are
 * protected from macro expansion; the second character of `/*`, `*\/` and `//` is written as
 * `` `=char(N)' `` so no comment starts. Text with a double quote gets compound quotes.
 */
export function stataString(text: string): string {
  const chars = [...text.replace(CONTROL, " ")];
  let body = "";
  let previous = ""; // the previous character of the text
  let written = ""; // the last character written into the do-file
  chars.forEach((char, index) => {
    const next = chars[index + 1];
    let out: string;
    if (char === "\\") out = "\\\\";
    else if (char === "$") out = "\\$";
    else if (char === "`") out = next === '"' || next === undefined ? "\u2018" : "\\`";
    else if (char === "'" && previous === '"') out = "\u2019";
    else if ((char === "*" && written === "/") || (char === "/" && (written === "/" || written === "*"))) {
      out = charExpression(char);
    } else out = char;
    body += out;
    previous = char;
    written = out.at(-1) ?? "";
  });
  return body.includes('"') ? `\`"${body}"'` : `"${body}"`;
}

/**
 * Text cut to at most `max` characters (Unicode code points, as Stata counts them) without
 * splitting a character or a grapheme (a letter and its accent); control characters become spaces.
 * A cut text ends at a word boundary when one is near, and with `…`.
 */
export function truncateStataText(text: string, max: number = STATA_LABEL_CHARS): string {
  const flat = text.replace(CONTROL, " ").trim();
  const length = (value: string): number => [...value].length;
  if (length(flat) <= max) return flat;
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let out = "";
  for (const { segment } of segmenter.segment(flat)) {
    if (length(out) + length(segment) > max - 1) break;
    out += segment;
  }
  const space = out.search(/\s\S*$/);
  if (space >= out.length * 0.6) out = out.slice(0, space);
  return `${out.replace(/[\s,;:.\-–—]+$/u, "")}\u2026`;
}

/**
 * Text for a `*` comment line: on one line, with `/*`, `*\/` and `//` broken by a space so no
 * comment opens, closes or continues onto the next line, and `` ` `` and `$` written as the
 * look-alikes `‘` and `＄`, so nothing in a comment could be read as a macro. (Comments are for
 * people; the exact texts are in labels and characteristics.)
 */
export function stataComment(text: string): string {
  let out = text.replace(CONTROL, " ").replace(/`/g, "\u2018").replace(/\$/g, "\uff04");
  let before: string;
  do {
    before = out;
    out = out.replace(/\/\*/g, "/ *").replace(/\*\//g, "* /").replace(/\/\//g, "/ /");
  } while (out !== before);
  return out;
}
