export type StatsErrorCode =
  | "NON_NUMERIC"
  | "NON_FINITE"
  | "UNKNOWN_COLUMN"
  | "NO_ROWS"
  | "NO_RESIDUAL_DF"
  | "LENGTH_MISMATCH"
  | "INVALID_ARGUMENT"
  | "BAD_CSV";

/** A problem with the input, as a value: a code to branch on and a message a person can act on. */
export interface StatsError {
  readonly code: StatsErrorCode;
  readonly message: string;
  /** 1-based data row (the first row after a header is row 1), when one row is to blame. */
  readonly row?: number;
  readonly column?: string;
}

export type StatsResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: StatsError };

export function ok<T>(value: T): StatsResult<T> {
  return { ok: true, value };
}

export function fail<T>(error: StatsError): StatsResult<T> {
  return { ok: false, error };
}
