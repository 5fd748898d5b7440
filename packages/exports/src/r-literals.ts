/**
 * R source written from TypeScript: literals and comments in plain ASCII, so a script reads the same
 * in any locale (Rscript under LANG=C included). Used by the research export's script and by the
 * console's table scripts. Browser-safe.
 */

/**
 * An R string literal: `\` and `"` escaped, other control and non-ASCII characters as `\u` escapes
 * (R refuses a literal that mixes `\u` with `\x` escapes, so control characters are `\u` too).
 */
export function rString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === '"') out += '\\"';
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += `\\U{${code.toString(16)}}`;
  }
  return `${out}"`;
}

/** An R character vector, `c("a", "b")` (`c()`, which is NULL, when empty). */
export function rStrings(texts: readonly string[]): string {
  return `c(${texts.map(rString).join(", ")})`;
}

/** An R numeric vector, `c(4, 5)`. */
export function rNumbers(values: readonly number[]): string {
  return `c(${values.join(", ")})`;
}

export function rLogical(value: boolean): string {
  return value ? "TRUE" : "FALSE";
}

/** An R list literal, one element a line: `list(\n  a,\n  b\n)`. */
export function rList(elements: readonly string[]): string {
  return elements.length === 0 ? "list()" : `list(\n${elements.map((e) => `  ${e}`).join(",\n")}\n)`;
}

/** A comment line (characters outside printable ASCII as `?`). */
export function rComment(text: string): string {
  return `# ${text.replace(/[^\x20-\x7e]/g, "?")}`;
}
