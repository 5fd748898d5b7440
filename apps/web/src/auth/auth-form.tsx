import type { FormEvent, ReactNode } from "react";
import { SubmitButton } from "../ui/submit-button.js";

/** What the frame needs of useAuthForm's state. */
interface SubmittableForm<F extends string> {
  formError: string | null;
  busy: boolean;
  onSubmit(send: (values: Record<F, string>) => void): (event: FormEvent) => void;
}

/**
 * The frame of every sign-in form: the form-level error (announced) above the fields, and one submit
 * button that says when the request is on its way.
 */
export function AuthForm<F extends string>({
  form,
  send,
  submitLabel,
  busyLabel = submitLabel,
  children,
}: {
  form: SubmittableForm<F>;
  /** Gets the values once every field passes its checks. */
  send: (values: Record<F, string>) => void;
  submitLabel: string;
  /** What the button says while the request is on its way. */
  busyLabel?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <form className="form card" onSubmit={form.onSubmit(send)} noValidate>
      {form.formError ? (
        <p role="alert" className="error">
          {form.formError}
        </p>
      ) : null}
      {children}
      <SubmitButton disabled={form.busy}>{form.busy ? busyLabel : submitLabel}</SubmitButton>
    </form>
  );
}
