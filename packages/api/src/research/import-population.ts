import { isOrganisationKind, ORGANISATION_KINDS } from "@maturo/model";
import { parseCsv } from "@maturo/stats";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { wording } from "../messages/catalogue.js";
import type { Localized } from "../messages/localized.js";
import { insertOrganisation, organisationIdByCode, updateOrganisation } from "../shared/organisations.js";

const REQUIRED = ["code", "name"];
const KNOWN = ["code", "name", "kind", "province", "size_class"];

interface PopulationRow {
  line: number;
  code: string;
  name: string;
  kind: string;
  province: string | null;
  sizeClass: string | null;
  problems: Localized[];
}

/** Reads the CSV's rows and what is wrong with each; refuses a file without the required columns. */
function readRows(csv: string): PopulationRow[] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new AppError("population.csv-unreadable", { detail: parsed.error.message });
  const { header, rows, lines } = parsed.value;
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new AppError("population.missing-columns", { columns: missing.join(", ") });
  const unknown = header.filter((c) => !KNOWN.includes(c));
  if (unknown.length)
    throw new AppError("population.unknown-columns", {
      columns: unknown.join(", "),
      expected: KNOWN.join(", "),
    });
  const col = (row: string[], name: string): string =>
    header.includes(name) ? (row[header.indexOf(name)] ?? "").trim() : "";
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const code = col(row, "code");
    const name = col(row, "name");
    const kind = col(row, "kind") || "municipality";
    const problems: Localized[] = [];
    if (!code) problems.push(wording("population.code-empty"));
    else if (seen.has(code)) problems.push(wording("population.code-twice", { code }));
    if (name.length < 2) problems.push(wording("population.name-empty"));
    if (!isOrganisationKind(kind))
      problems.push(wording("population.kind-unknown", { kind, kinds: ORGANISATION_KINDS.join(", ") }));
    seen.add(code);
    return {
      line: lines[i] ?? i + 2,
      code,
      name,
      kind,
      province: col(row, "province") || null,
      sizeClass: col(row, "size_class") || null,
      problems,
    };
  });
}

export interface PopulationImport {
  /** A line per row: its problems worded in the request's language. */
  rows: { line: number; code: string; ok: boolean; problems: string[] }[];
  valid: number;
  invalid: number;
  applied: boolean;
  created: number;
  updated: number;
}

/**
 * Imports organisations from CSV (code,name,kind,province,size_class; read by @maturo/stats' one
 * CSV reader, so `,` `;` or tab, with or without BOM, as spreadsheets save it), matched by code: a report
 * line per row, worded in the request's language; with `apply`, the valid rows are created or updated.
 */
export async function importPopulation(
  ctx: Pick<Context, "db" | "now" | "locale">,
  input: { csv: string; apply: boolean },
): Promise<PopulationImport> {
  const report = readRows(input.csv);
  const valid = report.filter((r) => r.problems.length === 0);
  let created = 0;
  let updated = 0;
  if (input.apply && valid.length > 0) {
    const now = ctx.now().toISOString();
    await ctx.db.transaction().execute(async (trx) => {
      for (const r of valid) {
        const existing = await organisationIdByCode(trx, r.code);
        if (existing === undefined) {
          await insertOrganisation(trx, r, now);
          created += 1;
        } else {
          await updateOrganisation(trx, existing, r);
          updated += 1;
        }
      }
    });
  }
  return {
    rows: report.map((r) => ({
      line: r.line,
      code: r.code,
      ok: r.problems.length === 0,
      problems: r.problems.map(
        (problem) => wording("population.row-problem", { line: r.line, problem })[ctx.locale],
      ),
    })),
    valid: valid.length,
    invalid: report.length - valid.length,
    applied: input.apply,
    created,
    updated,
  };
}
