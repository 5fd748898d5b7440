import { CliError } from "../cli-error.js";

/** Columns read from a data file: numbers (NaN = missing) and text, all of `rowCount` rows. */
export interface AnalysisTable {
  readonly rowCount: number;
  readonly numeric: Readonly<Record<string, Float64Array>>;
  readonly text: Readonly<Record<string, readonly string[]>>;
}

function pick(table: AnalysisTable, rows: readonly number[]): AnalysisTable {
  return {
    rowCount: rows.length,
    numeric: Object.fromEntries(
      Object.entries(table.numeric).map(([name, column]) => [
        name,
        Float64Array.from(rows, (i) => column[i] as number),
      ]),
    ),
    text: Object.fromEntries(
      Object.entries(table.text).map(([name, column]) => [name, rows.map((i) => column[i] as string)]),
    ),
  };
}

/** The rows of one role (e.g. the general director alone, as key-informant designs analyse). */
export function keepRole(
  table: AnalysisTable,
  roleColumn: string,
  role: string,
  file: string,
): AnalysisTable {
  const roles = table.text[roleColumn] ?? [];
  const rows = roles.flatMap((value, i) => (value.trim() === role ? [i] : []));
  if (rows.length === 0)
    throw new CliError("no-rows", `${file}: no row has "${role}" in column "${roleColumn}"`);
  return pick(table, rows);
}

/** Each row's organisation, in order of first appearance; a row without one is an error. */
function organisationsOf(
  table: AnalysisTable,
  idColumn: string,
  file: string,
): { ids: string[]; index: Int32Array; counts: number[] } {
  const cells = table.text[idColumn] ?? [];
  const position = new Map<string, number>();
  const ids: string[] = [];
  const counts: number[] = [];
  const index = new Int32Array(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) {
    const id = (cells[i] ?? "").trim();
    if (id === "" || id === "NA") {
      throw new CliError(
        "missing-organisation",
        `${file}: row ${i + 1}, column "${idColumn}": the organisation is missing`,
      );
    }
    let at = position.get(id);
    if (at === undefined) {
      at = ids.length;
      position.set(id, at);
      ids.push(id);
      counts.push(0);
    }
    counts[at] = (counts[at] as number) + 1;
    index[i] = at;
  }
  return { ids, index, counts };
}

/**
 * One row per organisation (docs/architecture.md, "The maturo command"): each numeric column is
 * the mean of the organisation's respondents who have a value (research data: no minimum count);
 * text columns and the `constant` numeric ones (weights) are organisation attributes and must be
 * the same for all its respondents.
 */
export function organisationMeans(
  table: AnalysisTable,
  idColumn: string,
  constant: readonly string[],
  file: string,
): AnalysisTable {
  const { ids, index } = organisationsOf(table, idColumn, file);
  const g = ids.length;
  const numeric: Record<string, Float64Array> = {};
  for (const [name, column] of Object.entries(table.numeric)) {
    const sums = new Float64Array(g);
    const counts = new Float64Array(g);
    const first = new Float64Array(g).fill(Number.NaN);
    for (let i = 0; i < table.rowCount; i++) {
      const value = column[i] as number;
      if (Number.isNaN(value)) continue;
      const at = index[i] as number;
      if (constant.includes(name)) {
        const seen = first[at] as number;
        if (!Number.isNaN(seen) && seen !== value) {
          throw new CliError(
            "not-constant",
            `${file}: row ${i + 1}, column "${name}": organisation "${ids[at]}" has two values (${seen} and ${value}); it must be the same for the whole organisation`,
          );
        }
        first[at] = value;
      }
      sums[at] = (sums[at] as number) + value;
      counts[at] = (counts[at] as number) + 1;
    }
    numeric[name] = constant.includes(name)
      ? first
      : sums.map((sum, at) => ((counts[at] as number) > 0 ? sum / (counts[at] as number) : Number.NaN));
  }
  const text: Record<string, string[]> = {};
  for (const [name, column] of Object.entries(table.text)) {
    const values = new Array<string>(g).fill("");
    for (let i = 0; i < table.rowCount; i++) {
      const value = (column[i] ?? "").trim();
      if (value === "" || value === "NA") continue;
      const at = index[i] as number;
      const seen = values[at] as string;
      if (seen !== "" && seen !== value && name !== idColumn) {
        throw new CliError(
          "not-constant",
          `${file}: row ${i + 1}, column "${name}": organisation "${ids[at]}" has two values ("${seen}" and "${value}"); at organisation level it must be the same for the whole organisation`,
        );
      }
      values[at] = value;
    }
    text[name] = values;
  }
  return { rowCount: g, numeric, text };
}

/**
 * Respondent-level weights from organisation weights: each respondent gets its organisation's
 * weight divided by the organisation's number of respondents in the table, so every organisation
 * weighs in with its own weight whatever its number of respondents.
 */
export function respondentWeights(
  table: AnalysisTable,
  idColumn: string,
  weightsColumn: string,
  file: string,
): Float64Array {
  const { index, counts } = organisationsOf(table, idColumn, file);
  const weights = table.numeric[weightsColumn] ?? new Float64Array(table.rowCount);
  return weights.map((w, i) => w / (counts[index[i] as number] as number));
}
