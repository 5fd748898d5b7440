import type { FormEvent, ReactNode } from "react";

/**
 * The frame of every sign-in form: the form-level error (announced) above the fields, and one submit
 * button that says when the request is on its way.
 */
export function AuthForm({
  onSubmit,
  formError,
  busy,
  submitLabel,
  children,
}: {
  onSubmit: (event: FormEvent) => void;
  formError: string | null;
  busy: boolean;
  /** What the button says now (its busy text while `busy`). */
  submitLabel: string;
  children: ReactNode;
}): ReactNode {
  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      {formError ? (
        <p role="alert" className="error">
          {formError}
        </p>
      ) : null}
      {children}
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
