import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useMessages } from "../i18n/locale.js";
import { errorCode } from "../lib/server-issues.js";
import { useTRPC } from "../lib/trpc.js";
import { TitledPage } from "../shell/titled-page.js";
import { NewPasswordField } from "../ui/new-password-field.js";
import { AuthForm } from "./auth-form.js";
import { Confirmation } from "./confirmation.js";
import { LinkParagraph } from "./link-paragraph.js";
import { authMessages } from "./messages.js";
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
  const newLink = <LinkParagraph to="/forgot-password">{t("requestNewLink")}</LinkParagraph>;
  if (reset.isSuccess) {
    return (
      <TitledPage title={t("resetTitle")}>
        <Confirmation>{t("resetDone")}</Confirmation>
        <LinkParagraph to="/login" button>
          {t("submit")}
        </LinkParagraph>
      </TitledPage>
    );
  }
  if (token === "") {
    return (
      <TitledPage title={t("resetTitle")}>
        <p role="alert" className="error">
          {t("resetLinkInvalid")}
        </p>
        {newLink}
      </TitledPage>
    );
  }
  const linkRejected = form.formError !== null && errorCode(reset.error) === "BAD_REQUEST";
  return (
    <TitledPage title={t("resetTitle")} intro={t("resetIntro")}>
      <AuthForm
        form={form}
        send={(values) => reset.mutate({ token, password: values.password })}
        submitLabel={t("resetSubmit")}
        busyLabel={t("resetBusy")}
      >
        <NewPasswordField {...form.field("password")} label={t("newPassword")} hint={t("newPasswordHint")} />
        <NewPasswordField {...form.field("repeat")} label={t("repeatPassword")} />
      </AuthForm>
      {linkRejected ? newLink : null}
    </TitledPage>
  );
}
