import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useMessages } from "../i18n/locale.js";
import { Link } from "../lib/router.js";
import { useTRPC } from "../lib/trpc.js";
import { usePageTitle } from "../shell/use-page-title.js";
import { TextField } from "../ui/text-field.js";
import { AuthForm } from "./auth-form.js";
import { Confirmation } from "./confirmation.js";
import { authMessages } from "./messages.js";
import { errorCode } from "./server-issues.js";
import { useAuthForm } from "./use-auth-form.js";
import { minLength, required, sameAs } from "./validation.js";

const FIELDS = ["password", "repeat"] as const;
const MIN_PASSWORD = 10;
const CHECKS = {
  password: [required(), minLength(MIN_PASSWORD)],
  repeat: [required(), sameAs("password")],
};

/** The page the e-mailed link opens: `/reset-password#<token>`; the token stays out of server logs. */
export function ResetPasswordPage(): ReactNode {
  const t = useMessages(authMessages);
  usePageTitle(t("resetTitle"));
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [token] = useState(() => decodeURIComponent(window.location.hash.slice(1)));
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      // The reset ends every session of the account, perhaps this browser's too.
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.me.queryFilter()),
    }),
  );
  const form = useAuthForm({
    fields: FIELDS,
    checks: CHECKS,
    submission: reset,
    // Every input problem not about the password fields is about the link's token.
    codeText: { BAD_REQUEST: t("resetLinkInvalid") },
  });
  const newLink = (
    <p>
      <Link to="/forgot-password">{t("requestNewLink")}</Link>
    </p>
  );
  if (reset.isSuccess) {
    return (
      <>
        <h1>{t("resetTitle")}</h1>
        <Confirmation>{t("resetDone")}</Confirmation>
        <p>
          <Link to="/login" className="button">
            {t("submit")}
          </Link>
        </p>
      </>
    );
  }
  if (token === "") {
    return (
      <>
        <h1>{t("resetTitle")}</h1>
        <p role="alert" className="error">
          {t("resetLinkInvalid")}
        </p>
        {newLink}
      </>
    );
  }
  const linkRejected = form.formError !== null && errorCode(reset.error) === "BAD_REQUEST";
  return (
    <>
      <h1>{t("resetTitle")}</h1>
      <p>{t("resetIntro")}</p>
      <AuthForm
        onSubmit={form.onSubmit((values) => reset.mutate({ token, password: values.password }))}
        formError={form.formError}
        busy={reset.isPending}
        submitLabel={reset.isPending ? t("resetBusy") : t("resetSubmit")}
      >
        <TextField
          {...form.field("password")}
          label={t("newPassword")}
          hint={t("newPasswordHint")}
          type="password"
          autoComplete="new-password"
          required
        />
        <TextField
          {...form.field("repeat")}
          label={t("repeatPassword")}
          type="password"
          autoComplete="new-password"
          required
        />
      </AuthForm>
      {linkRejected ? newLink : null}
    </>
  );
}
