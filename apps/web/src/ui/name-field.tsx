import type { ReactNode } from "react";
import { TextField } from "./text-field.js";

export interface NameFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** The field's problem in the page's language. */
  error?: string | undefined;
}

/** The name of something new or edited (an organisation, a wave): required, at least two characters, as the API asks. */
export function NameField({ id, label, value, onChange, error }: NameFieldProps): ReactNode {
  return (
    <TextField id={id} label={label} required minLength={2} value={value} onChange={onChange} error={error} />
  );
}
