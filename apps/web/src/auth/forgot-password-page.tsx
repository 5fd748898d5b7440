import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { useTRPC } from "../lib/trpc.js";
import { TitledPage } from "../shell/titled-page.js";
import { TextField } from "../ui/text-field.js";
import { AuthForm } from "./auth-form.js";
import { Confirmation } from "./confirmation.js";
import { LinkParagraph } from "./link-paragraph.js";
import { authMessages } from "./messages.js";
import { useAuthForm } from "./use-auth-form.js";
import { emailAddress, required } from "./validation.js";

const FIELDS = ["email"] as const;
const CHECKS = { email: [required(), emailAddress()] };

/** Asks for a reset link by e-mail; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage(): ReactNode {
  const t = useMessages(authMessages);
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const form = useAuthForm({ fields: FIELDS, checks: CHECKS, submission: request });
  const back = <LinkParagraph to="/login">{t("backToLogin")}</LinkParagraph>;
  if (request.data) {
    return (
      <TitledPage title={t("forgotTitle")}>
        <Confirmation>{request.data.sent ? t("forgotSent") : t("forgotNoMail")}</Confirmation>
        {back}
      </TitledPage>
    );
  }
  return (
    <TitledPage title={t("forgotTitle")} intro={t("forgotIntro")}>
      <AuthForm form={form} send={request.mutate} submitLabel={t("forgotSubmit")} busyLabel={t("forgotBusy")}>
        <TextField {...form.field("email")} label={t("email")} type="email" autoComplete="email" required />
      </AuthForm>
      {back}
    </TitledPage>
  );
}
