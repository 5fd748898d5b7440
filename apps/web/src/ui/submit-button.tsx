import type { ReactNode } from "react";

/** A form's main button; disabled while its request is on its way (or while there is nothing to send). */
export function SubmitButton({ disabled, children }: { disabled?: boolean; children: ReactNode }): ReactNode {
  return (
    <button type="submit" className="button" disabled={disabled}>
      {children}
    </button>
  );
}
