import { type ReactNode, useId, useRef, useState } from "react";
import { useMessages } from "../i18n/locale.js";
import { type RespondentMessageKey, respondentMessages } from "./messages.js";

interface ConfirmedActionProps {
  heading: RespondentMessageKey;
  text: RespondentMessageKey;
  button: RespondentMessageKey;
  confirmTitle: RespondentMessageKey;
  confirmBody: RespondentMessageKey;
  confirm: RespondentMessageKey;
  failed: RespondentMessageKey;
  /** Runs once confirmed; a rejection keeps the dialog open and says it failed. */
  action(): Promise<void>;
  className: string;
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
      dialog.current?.close();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <section className={props.className} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(props.heading)}</h2>
      <p>{t(props.text)}</p>
      <button
        ref={opener}
        type="button"
        className="button secondary"
        onClick={() => {
          setFailed(false);
          dialog.current?.showModal();
        }}
      >
        {t(props.button)}
      </button>
      <dialog
        ref={dialog}
        className="rs-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => opener.current?.focus()}
      >
        <h2 id={`${id}-title`}>{t(props.confirmTitle)}</h2>
        <p id={`${id}-body`}>{t(props.confirmBody)}</p>
        {failed ? (
          <p className="error" role="alert">
            {t(props.failed)}
          </p>
        ) : null}
        <div className="rs-dialog-actions">
          {/* First, so the dialog opens on the safe choice. */}
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
            {t("withdrawCancel")}
          </button>
          <button type="button" className="button rs-danger" disabled={busy} onClick={() => void confirm()}>
            {t(props.confirm)}
          </button>
        </div>
      </dialog>
    </section>
  );
}
