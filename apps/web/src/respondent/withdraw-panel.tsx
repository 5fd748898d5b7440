import { type ReactNode, useId, useRef, useState } from "react";
import { useMessages } from "../i18n/locale.js";
import { useTRPCClient } from "../lib/trpc.js";
import { respondentMessages } from "./messages.js";

/** Withdrawing, behind a confirmation: it deletes every answer and cannot be undone. */
export function WithdrawPanel({ token, onWithdrawn }: { token: string; onWithdrawn(): void }): ReactNode {
  const t = useMessages(respondentMessages);
  const client = useTRPCClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const id = useId();

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setFailed(false);
    try {
      await client.survey.withdraw.mutate({ token });
      dialog.current?.close();
      onWithdrawn();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <section className="rs-withdraw" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("withdrawHeading")}</h2>
      <p>{t("withdrawText")}</p>
      <button
        ref={opener}
        type="button"
        className="button secondary"
        onClick={() => {
          setFailed(false);
          dialog.current?.showModal();
        }}
      >
        {t("withdraw")}
      </button>
      <dialog
        ref={dialog}
        className="rs-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => opener.current?.focus()}
      >
        <h2 id={`${id}-title`}>{t("withdrawConfirmTitle")}</h2>
        <p id={`${id}-body`}>{t("withdrawConfirmBody")}</p>
        {failed ? (
          <p className="error" role="alert">
            {t("withdrawFailed")}
          </p>
        ) : null}
        <div className="rs-dialog-actions">
          {/* First, so the dialog opens on the safe choice. */}
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
            {t("withdrawCancel")}
          </button>
          <button type="button" className="button rs-danger" disabled={busy} onClick={() => void confirm()}>
            {t("withdrawConfirm")}
          </button>
        </div>
      </dialog>
    </section>
  );
}
