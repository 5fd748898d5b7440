import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";
import { useTRPC } from "../lib/trpc.js";
import { TitledPage } from "../shell/titled-page.js";
import { TextField } from "../ui/text-field.js";
import { AuthForm } from "./auth-form.js";
import { Confirmation } from "./confirmation.js";
import { useAuthForm } from "./use-auth-form.js";
import { emailAddress, minLength, required } from "./validation.js";

const text = {
  nl: {
    title: "Account aanvragen voor uw bestuur",
    intro: "Een beheerder keurt uw aanvraag goed en bezorgt u dan uw aanmeldgegevens.",
    organisationName: "Naam van het bestuur",
    organisationCode: "NIS-code of andere code van het bestuur",
    name: "Uw naam",
    email: "Uw e-mailadres",
    message: "Bericht (niet verplicht)",
    submit: "Aanvraag versturen",
    done: "Bedankt. Uw aanvraag is verstuurd; u hoort van ons zodra ze is goedgekeurd.",
  },
  en: {
    title: "Request an account for your organisation",
    intro: "An administrator approves your request and then sends you your login details.",
    organisationName: "Name of the organisation",
    organisationCode: "NIS code or other code of the organisation",
    name: "Your name",
    email: "Your e-mail address",
    message: "Message (optional)",
    submit: "Send request",
    done: "Thank you. Your request was sent; you will hear from us once it is approved.",
  },
} as const satisfies Messages<string>;

const FIELDS = ["organisationName", "organisationCode", "name", "email", "message"] as const;
// The same minimum lengths as the server (auth.requestAccount), checked before sending.
const CHECKS = {
  organisationName: [required(), minLength(2)],
  organisationCode: [required()],
  name: [required(), minLength(2)],
  email: [required(), emailAddress()],
};

export function RequestAccountPage(): ReactNode {
  const t = useMessages(text);
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestAccount.mutationOptions());
  const form = useAuthForm({ fields: FIELDS, checks: CHECKS, submission: request });
  if (request.isSuccess) {
    return (
      <TitledPage title={t("title")}>
        <Confirmation>{t("done")}</Confirmation>
      </TitledPage>
    );
  }
  const send = ({ message, ...values }: Record<(typeof FIELDS)[number], string>): void =>
    request.mutate({ ...values, message: message.trim() === "" ? undefined : message });
  return (
    <TitledPage title={t("title")} intro={t("intro")}>
      <AuthForm form={form} send={send} submitLabel={t("submit")}>
        <TextField {...form.field("organisationName")} label={t("organisationName")} required />
        <TextField {...form.field("organisationCode")} label={t("organisationCode")} required />
        <TextField {...form.field("name")} label={t("name")} autoComplete="name" required />
        <TextField {...form.field("email")} label={t("email")} type="email" autoComplete="email" required />
        <TextField {...form.field("message")} label={t("message")} multiline />
      </AuthForm>
    </TitledPage>
  );
}
