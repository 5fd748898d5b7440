import type { InputHTMLAttributes, ReactNode } from "react";

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange"> {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** The field's problem in the page's language; shown under it and tied to it for screen readers. */
  error?: string | undefined;
  /** A lasting explanation under the label (e.g. the password rule). */
  hint?: string;
  multiline?: boolean;
}

/** A labelled text input (or text area), with its hint and error linked by aria-describedby. */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  multiline = false,
  ...rest
}: TextFieldProps): ReactNode {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...rest} {...common} onChange={(e) => onChange(e.target.value)} />
      )}
      {error ? (
        <p id={errorId} className="error field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
