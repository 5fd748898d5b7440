/** What is wrong with a field's value, as a key of the auth texts (worded in the page's language). */
export interface Problem {
  key: "required" | "invalidEmail" | "tooShort" | "mismatch";
  values?: Record<string, number>;
}

/** One rule for a field; sees every value of the form so it can compare two fields. */
export type Check<F extends string> = (value: string, values: Record<F, string>) => Problem | null;

// The server's own check is stricter; this catches what a person typically gets wrong.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const required =
  <F extends string>(): Check<F> =>
  (value) =>
    value.trim() === "" ? { key: "required" } : null;

export const emailAddress =
  <F extends string>(): Check<F> =>
  (value) =>
    EMAIL.test(value.trim()) ? null : { key: "invalidEmail" };

export const minLength =
  <F extends string>(min: number): Check<F> =>
  (value) =>
    value.length < min ? { key: "tooShort", values: { min } } : null;

export const sameAs =
  <F extends string>(other: F): Check<F> =>
  (value, values) =>
    value === values[other] ? null : { key: "mismatch" };

/** The first problem of each field, by its checks in order; fields without problems are absent. */
export function validate<F extends string>(
  values: Record<F, string>,
  checks: Partial<Record<F, readonly Check<F>[]>>,
): Partial<Record<F, Problem>> {
  const problems: Partial<Record<F, Problem>> = {};
  for (const field of Object.keys(checks) as F[]) {
    for (const check of checks[field] ?? []) {
      const problem = check(values[field], values);
      if (problem) {
        problems[field] = problem;
        break;
      }
    }
  }
  return problems;
}
