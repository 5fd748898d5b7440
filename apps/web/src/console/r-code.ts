/** Writing R source from TypeScript: literals and comments in ASCII only, so a script runs in any locale. */

/** An R string literal (characters outside printable ASCII as \u escapes). */
export function rString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\" || ch === '"') out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (code < 0x20 || code > 0x7e)
      out += code > 0xffff ? `\\U{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
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
