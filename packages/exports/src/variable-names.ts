/** Longest variable name SPSS (and so PSPP) accepts; R has no practical limit. */
export const MAX_VARIABLE_NAME_LENGTH = 64;

/** SPSS keywords that cannot name a variable (compared case-insensitively). */
const SPSS_RESERVED = new Set([
  "ALL",
  "AND",
  "BY",
  "EQ",
  "GE",
  "GT",
  "LE",
  "LT",
  "NE",
  "NOT",
  "OR",
  "TO",
  "WITH",
]);

/** R reserved words: `read.csv` would rename such a column, so they are avoided up front. */
const R_RESERVED = new Set([
  "if",
  "else",
  "repeat",
  "while",
  "function",
  "for",
  "next",
  "break",
  "in",
  "TRUE",
  "FALSE",
  "NULL",
  "Inf",
  "NaN",
  "NA",
  "NA_integer_",
  "NA_real_",
  "NA_complex_",
  "NA_character_",
]);

function isReserved(name: string): boolean {
  return SPSS_RESERVED.has(name.toUpperCase()) || R_RESERVED.has(name);
}

/**
 * The variable name for an id before uniqueness is enforced: every character outside
 * `[A-Za-z0-9_]` becomes `_` (so `tech-it-maintenance` → `tech_it_maintenance` and
 * `capability.efficiency` → `capability_efficiency`), a name that does not start with a letter gets
 * `v_` in front, a reserved word gets `_v` behind, and the result is cut to 64 characters.
 * Such a name is valid in SPSS, PSPP, R (`read.csv` keeps it unchanged) and Excel.
 */
export function variableName(id: string): string {
  let name = id.replace(/[^A-Za-z0-9_]/g, "_");
  if (!/^[A-Za-z]/.test(name)) name = `v_${name}`;
  if (isReserved(name)) name = `${name}_v`;
  return name.slice(0, MAX_VARIABLE_NAME_LENGTH);
}

/**
 * Hands out unique variable names in the order asked. A name already taken (compared
 * case-insensitively, as SPSS does) gets `_2`, `_3`, … — cut further so it stays within 64
 * characters. The same ids asked in the same order always get the same names.
 */
export class VariableNamer {
  readonly #taken = new Set<string>();

  /** Claim an exact name (a fixed column such as `respondent_id`). */
  reserve(name: string): string {
    const key = name.toLowerCase();
    if (this.#taken.has(key)) throw new Error(`variable name "${name}" is already taken`);
    this.#taken.add(key);
    return name;
  }

  /** The unique variable name for `id`, with an optional prefix such as `score_`. */
  name(id: string, prefix = ""): string {
    const base = variableName(`${prefix}${id}`);
    let candidate = base;
    for (let n = 2; this.#taken.has(candidate.toLowerCase()); n++) {
      const suffix = `_${n}`;
      candidate = `${base.slice(0, MAX_VARIABLE_NAME_LENGTH - suffix.length)}${suffix}`;
    }
    this.#taken.add(candidate.toLowerCase());
    return candidate;
  }
}
