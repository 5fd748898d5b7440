import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { useTRPCClient } from "../lib/trpc.js";
import { ConfirmedAction } from "./confirmed-action.js";
import { respondentMessages } from "./messages.js";

/** Withdrawing, behind a confirmation: it deletes every answer and cannot be undone. */
export function WithdrawPanel({ token, onWithdrawn }: { token: string; onWithdrawn(): void }): ReactNode {
  const client = useTRPCClient();
  const t = useMessages(respondentMessages);
  return (
    <ConfirmedAction
      kind="withdraw"
      failed={t("withdrawFailed")}
      action={() => client.survey.withdraw.mutate({ token })}
      onDone={onWithdrawn}
    />
  );
}
