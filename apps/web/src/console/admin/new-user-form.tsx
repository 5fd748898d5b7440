import { useMutation } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useLocale } from "../../i18n/locale.js";
import { fieldIssues, formError } from "../../lib/server-issues.js";
import { useTRPC } from "../../lib/trpc.js";
import { useRefresh } from "../../lib/use-refresh.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { NewPasswordField } from "../../ui/new-password-field.js";
import { SelectField } from "../../ui/select-field.js";
import { SubmitButton } from "../../ui/submit-button.js";
import { TextField } from "../../ui/text-field.js";
import { useForm } from "../../ui/use-form.js";
import { findOrganisation, OrganisationPicker, type PickableOrganisation } from "../organisation-picker.js";
import { useAdminText } from "./admin-text.js";

const ACCOUNT_ROLES = ["researcher", "keyuser", "admin"] as const;
type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Creates an account; a key user needs the organisation they serve. */
export function NewUserForm({
  organisations,
}: {
  organisations: readonly PickableOrganisation[];
}): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const id = useId();
  const { form, field } = useForm({
    email: "",
    name: "",
    role: "researcher" as AccountRole,
    password: "",
    organisation: "",
  });
  const [unknownOrganisation, setUnknownOrganisation] = useState(false);
  const refresh = useRefresh(trpc.admin.users.queryFilter());
  const create = useMutation(trpc.admin.createUser.mutationOptions({ onSuccess: refresh }));
  const issues = fieldIssues(create.error, ["email", "name", "password"] as const);
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const organisation =
      form.role === "keyuser" ? findOrganisation(form.organisation, organisations) : undefined;
    if (form.role === "keyuser" && !organisation) {
      setUnknownOrganisation(true);
      return;
    }
    const { email, name, role, password } = form;
    create.mutate({
      email,
      name,
      role,
      password,
      locale,
      ...(organisation ? { organisationId: organisation.id } : {}),
    });
  };
  return (
    <>
      <h2>{t("newUser")}</h2>
      <form className="form card" noValidate onSubmit={onSubmit}>
        <TextField
          id={`${id}-email`}
          label={t("email")}
          type="email"
          required
          value={form.email}
          onChange={field("email")}
          error={issues.email}
        />
        <TextField
          id={`${id}-name`}
          label={t("name")}
          required
          value={form.name}
          onChange={field("name")}
          error={issues.name}
        />
        <SelectField
          id={`${id}-role`}
          label={t("role")}
          value={form.role}
          options={ACCOUNT_ROLES.map((r) => ({ value: r, label: t(r) }))}
          onChange={field("role")}
        />
        {form.role === "keyuser" ? (
          <div className="field">
            <label htmlFor={`${id}-org`}>{t("organisation")}</label>
            <OrganisationPicker
              id={`${id}-org`}
              organisations={organisations}
              value={form.organisation}
              onChange={(value) => {
                field("organisation")(value);
                setUnknownOrganisation(false);
              }}
              unknown={unknownOrganisation}
              required
            />
          </div>
        ) : null}
        <NewPasswordField
          id={`${id}-pw`}
          label={t("password")}
          value={form.password}
          onChange={field("password")}
          error={issues.password}
        />
        <ErrorMessage error={formError(create.error, issues)} />
        <SubmitButton disabled={create.isPending}>{t("createUser")}</SubmitButton>
        {create.isSuccess ? (
          <p role="status" className="success">
            {t("userCreated")}
          </p>
        ) : null}
      </form>
    </>
  );
}
