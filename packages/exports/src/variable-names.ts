/** Longest variable name SPSS (and so PSPP) accepts; R has no practical limit. */
export const MAX_VARIABLE_NAME_LENGTH = 64;

/** Longest variable name Stata accepts. */
export const STATA_MAX_VARIABLE_NAME_LENGTH = 32;

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

/**
 * Stata's reserved names that can start with a letter (`str1`…`str2045` too). Stata names are
 * case-sensitive; these are compared case-insensitively, which only renames a little more.
 */
const STATA_RESERVED = new Set([
  "byte",
  "double",
  "float",
  "if",
  "in",
  "int",
  "long",
  "strl",
  "using",
  "with",
]);

function isReserved(name: string): boolean {
  return SPSS_RESERVED.has(name.toUpperCase()) || R_RESERVED.has(name);
}

function isStataReserved(name: string): boolean {
  const lower = name.toLowerCase();
  return STATA_RESERVED.has(lower) || /^str[0-9]+$/.test(lower);
}

/** What a valid name may not be: its length and the words it may not equal. */
export interface NamingRules {
  readonly maxLength: number;
  readonly isReserved: (name: string) => boolean;
}

/** SPSS, PSPP and R (the names of the export table and the CSV header). */
export const SPSS_R_NAMING: NamingRules = { maxLength: MAX_VARIABLE_NAME_LENGTH, isReserved };

/** Stata: 32 characters, and neither an SPSS/R nor a Stata reserved word. */
export const STATA_NAMING: NamingRules = {
  maxLength: STATA_MAX_VARIABLE_NAME_LENGTH,
  isReserved: (name) => isReserved(name) || isStataReserved(name),
};

/**
 * The variable name for an id before uniqueness is enforced: every character outside
 * `[A-Za-z0-9_]` becomes `_` (so `tech-it-maintenance` → `tech_it_maintenance` and
 * `capability.efficiency` → `capability_efficiency`), a name that does not start with a letter gets
 * `v_` in front, a reserved word gets `_v` behind, and the result is cut to 64 characters.
 * Such a name is valid in SPSS, PSPP, R (`read.csv` keeps it unchanged) and Excel. With
 * `STATA_NAMING` the limit is 32 characters and Stata's reserved words get `_v` too.
 */
export function variableName(id: string, rules: NamingRules = SPSS_R_NAMING): string {
  let name = id.replace(/[^A-Za-z0-9_]/g, "_");
  if (!/^[A-Za-z]/.test(name)) name = `v_${name}`;
  if (rules.isReserved(name)) name = `${name}_v`;
  return name.slice(0, rules.maxLength);
}

/**
 * Hands out unique variable names in the order asked. A name already taken (compared
 * case-insensitively, as SPSS does) gets `_2`, `_3`, … — cut further so it stays within 64
 * characters (32 with `STATA_NAMING`). The same ids asked in the same order always get the same
 * names.
 */
export class VariableNamer {
  readonly #taken = new Set<string>();
  readonly #rules: NamingRules;

  constructor(rules: NamingRules = SPSS_R_NAMING) {
    this.#rules = rules;
  }

  /** Whether a name is taken (case-insensitively). */
  isTaken(name: string): boolean {
    return this.#taken.has(name.toLowerCase());
  }

  /** Claim an exact name (a fixed column such as `respondent_id`). */
  reserve(name: string): string {
    const key = name.toLowerCase();
    if (this.#taken.has(key)) throw new Error(`variable name "${name}" is already taken`);
    this.#taken.add(key);
    return name;
  }

  /** The unique variable name for `id`, with an optional prefix such as `score_`. */
  name(id: string, prefix = ""): string {
    const base = variableName(`${prefix}${id}`, this.#rules);
    let candidate = base;
    for (let n = 2; this.#taken.has(candidate.toLowerCase()); n++) {
      const suffix = `_${n}`;
      candidate = `${base.slice(0, this.#rules.maxLength - suffix.length)}${suffix}`;
    }
    this.#taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/**
 * Stata names for the export's variables (names valid in SPSS and R, ≤ 64 characters), in column
 * order. A name that is already a valid Stata name (≤ 32 characters, not reserved) is kept; the
 * others are cut to 32 characters (a reserved word gets `_v`) and made unique with `_2`, `_3`, …
 * (case-insensitively) — after every kept name is claimed, so a kept name never changes. The same
 * names always give the same result.
 */
export function stataVariableNames(names: readonly string[]): string[] {
  const namer = new VariableNamer(STATA_NAMING);
  const kept = names.map((name) =>
    variableName(name, STATA_NAMING) === name && !namer.isTaken(name) ? namer.reserve(name) : null,
  );
  return names.map((name, index) => kept[index] ?? namer.name(name));
}
