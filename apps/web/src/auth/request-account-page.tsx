import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useMessages } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";
import { useTRPC } from "../lib/trpc.js";

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

export function RequestAccountPage(): ReactNode {
  const t = useMessages(text);
  const trpc = useTRPC();
  const id = useId();
  const [form, setForm] = useState({
    organisationName: "",
    organisationCode: "",
    name: "",
    email: "",
    message: "",
  });
  const request = useMutation(trpc.auth.requestAccount.mutationOptions());
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    request.mutate({ ...form, ...(form.message ? { message: form.message } : { message: undefined }) });
  };
  if (request.isSuccess) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p role="status">{t("done")}</p>
      </>
    );
  }
  const problems =
    request.error instanceof TRPCClientError
      ? (request.error.data?.zodIssues as { path: string; message: string }[] | null)
      : null;
  const fields = ["organisationName", "organisationCode", "name", "email", "message"] as const;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form className="form card" onSubmit={onSubmit} noValidate>
        {request.error ? (
          <p role="alert" className="error">
            {problems?.length
              ? problems
                  .map((p) => `${t(p.path as (typeof fields)[number]) ?? p.path}: ${p.message}`)
                  .join("; ")
              : request.error.message}
          </p>
        ) : null}
        {fields.map((field) => (
          <div key={field} className="field">
            <label htmlFor={`${id}-${field}`}>{t(field)}</label>
            {field === "message" ? (
              <textarea
                id={`${id}-${field}`}
                value={form[field]}
                onChange={(e) => setForm({ ...form, [field]: e.target.value })}
              />
            ) : (
              <input
                id={`${id}-${field}`}
                type={field === "email" ? "email" : "text"}
                required
                value={form[field]}
                onChange={(e) => setForm({ ...form, [field]: e.target.value })}
              />
            )}
          </div>
        ))}
        <button type="submit" className="button" disabled={request.isPending}>
          {t("submit")}
        </button>
      </form>
    </>
  );
}
