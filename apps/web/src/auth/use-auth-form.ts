import { type FormEvent, useEffect, useId, useMemo, useState } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import { errorText } from "../lib/error-text.js";
import { errorCode, fieldIssues } from "../lib/server-issues.js";
import { authMessages } from "./messages.js";
import { type Check, type Problem, validate } from "./validation.js";

interface Submission {
  error: unknown;
  isPending: boolean;
  reset(): void;
}

interface FieldProps {
  id: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}

/**
 * State and validation of an auth form: checks the fields in the page (in its language) before
 * sending, shows the server's field problems next to the fields, and moves focus to the first
 * field in error. `codeText` words a server error code for this form; other errors use errorText.
 */
export function useAuthForm<F extends string>({
  fields,
  checks,
  submission,
  codeText = {},
}: {
  /** In form order: errors are focused in this order. */
  fields: readonly F[];
  checks: Partial<Record<NoInfer<F>, readonly Check<NoInfer<F>>[]>>;
  submission: Submission;
  codeText?: Partial<Record<string, string>>;
}) {
  const t = useMessages(authMessages);
  const { locale } = useLocale();
  const id = useId();
  const [values, setValues] = useState(
    () => Object.fromEntries(fields.map((f) => [f, ""])) as Record<F, string>,
  );
  const [problems, setProblems] = useState<Partial<Record<F, Problem>>>({});
  const [attempt, setAttempt] = useState(0);
  const fromServer = useMemo(() => fieldIssues(submission.error, fields), [submission.error, fields]);

  const errors: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const problem = problems[field];
    const message = problem ? t(problem.key, problem.values) : fromServer[field];
    if (message) errors[field] = message;
  }
  const firstInvalid = fields.find((f) => errors[f]);
  const fieldId = (field: F): string => `${id}-${field}`;

  // After a refused submit (and only then), focus the first field in error: its description then
  // reads the problem.
  useEffect(() => {
    if (firstInvalid) document.getElementById(fieldId(firstInvalid))?.focus();
  }, [attempt, submission.error]);

  const serverError = submission.error;
  const formError =
    serverError && Object.keys(fromServer).length === 0
      ? (codeText[errorCode(serverError) ?? ""] ?? errorText(serverError, locale))
      : null;

  return {
    values,
    /** A field's id, value, change handler and error, for <TextField>. */
    field(field: F): FieldProps {
      return {
        id: fieldId(field),
        value: values[field],
        onChange: (value) => setValues((current) => ({ ...current, [field]: value })),
        error: errors[field],
      };
    },
    /** A server problem not about one field (wrong password, too many attempts, no connection). */
    formError,
    /** The request is on its way. */
    busy: submission.isPending,
    /** Validates, then hands the values to `send` only when every field passes. */
    onSubmit(send: (values: Record<F, string>) => void) {
      return (event: FormEvent): void => {
        event.preventDefault();
        const found = validate(values, checks);
        setProblems(found);
        setAttempt((n) => n + 1);
        submission.reset();
        if (Object.keys(found).length === 0) send(values);
      };
    },
  };
}
