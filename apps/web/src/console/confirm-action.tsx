import { type ReactNode, useEffect, useRef, useState } from "react";
import { useConsoleText } from "./use-console-text.js";

/**
 * A button for an action that is hard to undo: it first asks, inline, with "yes" and "cancel". Focus
 * moves to "yes" when the question appears and back to the button on cancel (or Escape).
 */
export function ConfirmAction({
  label,
  accessibleName,
  question,
  yes,
  pending,
  onConfirm,
}: {
  label: string;
  /** The button's name when `label` alone is ambiguous (e.g. one button per table row). */
  accessibleName?: string;
  question: string;
  yes: string;
  pending: boolean;
  onConfirm: () => void;
}): ReactNode {
  const t = useConsoleText();
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
    else if (cancelled.current) {
      cancelled.current = false;
      openerRef.current?.focus();
    }
  }, [asking]);
  const cancel = (): void => {
    cancelled.current = true;
    setAsking(false);
  };
  if (!asking)
    return (
      <button
        ref={openerRef}
        type="button"
        className="button secondary small"
        aria-label={accessibleName}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <fieldset
      className="confirm"
      onKeyDown={(e) => {
        if (e.key === "Escape") cancel();
      }}
    >
      <legend>{question}</legend>
      <button
        ref={yesRef}
        type="button"
        className="button danger small"
        disabled={pending}
        onClick={onConfirm}
      >
        {yes}
      </button>
      <button type="button" className="button secondary small" onClick={cancel}>
        {t("cancel")}
      </button>
    </fieldset>
  );
}
