import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { fieldIssues, formError } from "../../lib/server-issues.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { useRefresh } from "../../lib/use-refresh.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { NewPasswordField } from "../../ui/new-password-field.js";
import { ToggledInlineForm } from "../../ui/toggled-inline-form.js";
import { useAdminText } from "./admin-text.js";

export type User = RouterOutputs["admin"]["users"][number];

/** Disables or enables an account, or sets its password (handed over by the administrator). */
export function UserActions({ user }: { user: User }): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [password, setPassword] = useState("");
  const refresh = useRefresh(trpc.admin.users.queryFilter());
  const setDisabled = useMutation(trpc.admin.setDisabled.mutationOptions({ onSuccess: refresh }));
  const setPasswordM = useMutation(
    trpc.admin.setPassword.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        setPassword("");
      },
    }),
  );
  const passwordIssues = fieldIssues(setPasswordM.error, ["password"] as const);
  const toggle = user.disabledAt ? t("enable") : t("disable");
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button secondary small"
        aria-label={`${toggle}: ${user.email}`}
        onClick={() => setDisabled.mutate({ userId: user.id, disabled: !user.disabledAt })}
      >
        {toggle}
      </button>
      <ToggledInlineForm
        open={editing}
        onToggle={() => setEditing(!editing)}
        buttonText={t("resetPassword")}
        buttonLabel={`${t("resetPassword")}: ${user.email}`}
        onSubmit={() => setPasswordM.mutate({ userId: user.id, password })}
      >
        <NewPasswordField
          id={`${id}-pwi`}
          label={t("newPassword", { email: user.email })}
          value={password}
          onChange={setPassword}
          error={passwordIssues.password}
        />
        <button type="submit" className="button small">
          {t("resetPassword")}
        </button>
      </ToggledInlineForm>
      {setPasswordM.isSuccess ? <span role="status">{t("passwordSet", { email: user.email })}</span> : null}
      <ErrorMessage error={setDisabled.error ?? formError(setPasswordM.error, passwordIssues)} />
    </div>
  );
}
