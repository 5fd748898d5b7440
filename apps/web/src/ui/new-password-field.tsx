import type { ReactNode } from "react";
import { TextField, type TextFieldProps } from "./text-field.js";

/** A password someone sets for an account (at least 10 characters, as the server demands). */
export function NewPasswordField(
  props: Omit<TextFieldProps, "type" | "autoComplete" | "multiline">,
): ReactNode {
  return <TextField {...props} type="password" autoComplete="new-password" minLength={10} required />;
}
