import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { useMessages } from "../i18n/locale.js";
import { useTRPCClient } from "../lib/trpc.js";
import { useFocusOnShow } from "../shell/use-focus-on-show.js";
import { usePageTitle } from "../shell/use-page-title.js";
import { TextField } from "../ui/text-field.js";
import { ConfirmedAction } from "./confirmed-action.js";
import { type ElsewhereMessageKey, elsewhereMessages } from "./elsewhere-messages.js";
import { errorCode } from "./errors.js";

/**
 * A link whose answers were given on another device: no answer is shown here until the respondent
 * enters the resume code; one who lost device and code can start again (docs/decisions.md, "Links
 * are for answering, not for reading").
 */
export function ElsewherePage({ token, onResolved }: { token: string; onResolved(): void }): ReactNode {
  const t = useMessages(elsewhereMessages);
  const client = useTRPCClient();
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<ElsewhereMessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t("elsewhereTitle"));
  useFocusOnShow(heading);

  const resume = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await client.survey.resume.mutate({ token, code });
      onResolved();
    } catch (error) {
      const status = errorCode(error);
      setProblem(
        status === "TOO_MANY_REQUESTS"
          ? "elsewhereTooManyCodes"
          : status === "BAD_REQUEST"
            ? "elsewhereWrongCode"
            : "elsewhereFailed",
      );
      setBusy(false);
    }
  };

  return (
    <div className="rs-state rs-elsewhere" data-testid="state-elsewhere">
      <h1 tabIndex={-1} ref={heading}>
        {t("elsewhereTitle")}
      </h1>
      <p>{t("elsewhereBody")}</p>
      <form onSubmit={(event) => void resume(event)} noValidate>
        <TextField
          id="resume-code"
          label={t("elsewhereCodeLabel")}
          hint={t("elsewhereCodeHint")}
          value={code}
          onChange={setCode}
          error={problem ? t(problem) : undefined}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          required
        />
        <button type="submit" className="button" aria-disabled={busy} data-testid="resume">
          {t("elsewhereContinue")}
        </button>
      </form>
      <ConfirmedAction
        kind="restart"
        failed={t("elsewhereFailed")}
        action={() => client.survey.restart.mutate({ token })}
        onDone={onResolved}
      />
    </div>
  );
}
