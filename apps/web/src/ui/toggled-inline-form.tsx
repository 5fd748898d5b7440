import { type ReactNode, useId } from "react";

/**
 * A small button that opens a form in place (e.g. to edit one row of a table), telling assistive
 * technology whether the form is shown and which it is.
 */
export function ToggledInlineForm({
  open,
  onToggle,
  buttonText,
  buttonLabel,
  formLabel,
  onSubmit,
  children,
}: {
  open: boolean;
  onToggle(): void;
  buttonText: string;
  /** The button's accessible name: its text alone does not say for which row it is. */
  buttonLabel: string;
  formLabel?: string | undefined;
  onSubmit(): void;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="button secondary small"
        aria-expanded={open}
        aria-controls={id}
        aria-label={buttonLabel}
        onClick={onToggle}
      >
        {buttonText}
      </button>
      {open ? (
        <form
          id={id}
          className="inline-form"
          aria-label={formLabel}
          // The server's rules, shown at their fields by the caller, instead of the browser's bubbles.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {children}
        </form>
      ) : null}
    </>
  );
}
