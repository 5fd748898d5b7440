import { type ReactNode, useId, useRef, useState } from "react";
import { useMessages } from "../i18n/locale.js";
import { respondentMessages } from "./messages.js";

/** The actions behind a confirmation; each has its texts under its own prefix in the respondent messages. */
type ConfirmedActionKind = "withdraw" | "restart";

interface ConfirmedActionProps {
  kind: ConfirmedActionKind;
  /** What the dialog says when the action failed, in the reader's language. */
  failed: string;
  /** Runs once confirmed; a rejection keeps the dialog open and says it failed. */
  action(): Promise<unknown>;
  /** Runs after the action succeeded. */
  onDone(): void;
}

/** An action that deletes answers, behind a confirmation dialog that opens on the safe choice. */
export function ConfirmedAction(props: ConfirmedActionProps): ReactNode {
  const t = useMessages(respondentMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const id = useId();

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setFailed(false);
    try {
      await props.action();
      props.onDone();
      dialog.current?.close();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <section className="rs-withdraw" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(`${props.kind}Heading`)}</h2>
      <p>{t(`${props.kind}Text`)}</p>
      <button
        ref={opener}
        type="button"
        className="button secondary"
        onClick={() => {
          setFailed(false);
          dialog.current?.showModal();
        }}
      >
        {t(props.kind)}
      </button>
      <dialog
        ref={dialog}
        className="rs-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => opener.current?.focus()}
      >
        <h2 id={`${id}-title`}>{t(`${props.kind}ConfirmTitle`)}</h2>
        <p id={`${id}-body`}>{t(`${props.kind}ConfirmBody`)}</p>
        {failed ? (
          <p className="error" role="alert">
            {props.failed}
          </p>
        ) : null}
        <div className="rs-dialog-actions">
          {/* First, so the dialog opens on the safe choice. */}
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
            {t("withdrawCancel")}
          </button>
          <button type="button" className="button rs-danger" disabled={busy} onClick={() => void confirm()}>
            {t(`${props.kind}Confirm`)}
          </button>
        </div>
      </dialog>
    </section>
  );
}
