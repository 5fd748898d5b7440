import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { setCsrfToken, useTRPC } from "../lib/trpc.js";
import { TitledPage } from "../shell/titled-page.js";
import { TextField } from "../ui/text-field.js";
import { AuthForm } from "./auth-form.js";
import { LinkParagraph } from "./link-paragraph.js";
import { authMessages } from "./messages.js";
import { useAuthForm } from "./use-auth-form.js";
import { emailAddress, required } from "./validation.js";

const FIELDS = ["email", "password"] as const;
const CHECKS = { email: [required(), emailAddress()], password: [required()] };
// The address is the account's user name, which lets password managers fill in both.
const AUTOCOMPLETE = { email: "username", password: "current-password" } as const;

export function LoginPage(): ReactNode {
  const t = useMessages(authMessages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (data) => {
        setCsrfToken(data.csrfToken);
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
      },
    }),
  );
  const form = useAuthForm({
    fields: FIELDS,
    checks: CHECKS,
    submission: login,
    codeText: { UNAUTHORIZED: t("wrong"), TOO_MANY_REQUESTS: t("tooMany") },
  });
  return (
    <TitledPage title={t("loginTitle")} intro={t("loginIntro")}>
      <AuthForm form={form} send={login.mutate} submitLabel={t("submit")} busyLabel={t("busy")}>
        {FIELDS.map((name) => (
          <TextField
            key={name}
            {...form.field(name)}
            label={t(name)}
            type={name}
            autoComplete={AUTOCOMPLETE[name]}
            required
          />
        ))}
      </AuthForm>
      <LinkParagraph to="/forgot-password">{t("forgotLink")}</LinkParagraph>
      <LinkParagraph to="/request-account">{t("requestAccount")}</LinkParagraph>
    </TitledPage>
  );
}
