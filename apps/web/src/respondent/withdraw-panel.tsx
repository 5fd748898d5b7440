import type { ReactNode } from "react";
import { useTRPCClient } from "../lib/trpc.js";
import { ConfirmedAction } from "./confirmed-action.js";

/** Withdrawing, behind a confirmation: it deletes every answer and cannot be undone. */
export function WithdrawPanel({ token, onWithdrawn }: { token: string; onWithdrawn(): void }): ReactNode {
  const client = useTRPCClient();
  return (
    <ConfirmedAction
      kind="withdraw"
      failed="withdrawFailed"
      action={() => client.survey.withdraw.mutate({ token })}
      onDone={onWithdrawn}
    />
  );
}
