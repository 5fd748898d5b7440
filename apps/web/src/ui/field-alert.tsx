import type { ReactNode } from "react";

interface AlertedControl {
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** What marks a control invalid and ties it to its FieldAlert (same id) while there is a problem. */
export function alertedBy(id: string, message: string | null): AlertedControl {
  return { "aria-invalid": message ? true : undefined, "aria-describedby": message ? id : undefined };
}

/**
 * The problem of a field that is checked on submit, announced when it appears (a TextField shows its
 * error the same way, but without the announcement, for problems the reader sees as they type).
 */
export function FieldAlert({ id, message }: { id: string; message: string | null }): ReactNode {
  return message ? (
    <p id={id} role="alert" className="error field-error">
      {message}
    </p>
  ) : null;
}
