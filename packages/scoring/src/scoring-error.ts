export type ScoringErrorCode =
  | "invalid-plan"
  | "unknown-item"
  | "unknown-role"
  | "out-of-range"
  | "dont-know-not-offered"
  | "not-asked"
  | "duplicate-respondent"
  | "bad-matrix";

/**
 * A problem as a value: a code to branch on and a plain message a person can act on. `index` is the
 * 0-based position of the offending response in the input (the CLI turns it into a row number).
 */
export interface ScoringError {
  readonly code: ScoringErrorCode;
  readonly message: string;
  readonly index?: number;
  readonly respondentId?: string;
  readonly itemId?: string;
}

export type ScoringResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ScoringError[] };
