import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from "@maturo/model/vocabulary";
import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { useLocale } from "../../i18n/locale.js";
import { fieldIssues, formError } from "../../lib/server-issues.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { useRefresh } from "../../lib/use-refresh.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { NameField } from "../../ui/name-field.js";
import { SelectField } from "../../ui/select-field.js";
import { TextField } from "../../ui/text-field.js";
import { ToggledInlineForm } from "../../ui/toggled-inline-form.js";
import { useForm } from "../../ui/use-form.js";
import { useConsoleText } from "../use-console-text.js";
import { useAdminText } from "./admin-text.js";

type OrganisationRow = RouterOutputs["admin"]["organisations"][number];

/** Edits an organisation in place: everything but its code. */
export function OrganisationEditor({ organisation }: { organisation: OrganisationRow }): ReactNode {
  const t = useAdminText();
  const c = useConsoleText();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const id = useId();
  const [open, setOpen] = useState(false);
  const initial = {
    name: organisation.name,
    kind: organisation.kind as OrganisationKind,
    province: organisation.province ?? "",
    sizeClass: organisation.sizeClass ?? "",
  };
  const { form, setForm, field } = useForm(initial);
  const refresh = useRefresh(trpc.admin.pathFilter(), () => setOpen(false));
  const update = useMutation(trpc.admin.updateOrganisation.mutationOptions({ onSuccess: refresh }));
  const name = t("editOrganisation", { name: organisation.name });
  const issues = fieldIssues(update.error, ["name", "province", "sizeClass"] as const);
  return (
    <div className="row-actions">
      <ToggledInlineForm
        open={open}
        onToggle={() => {
          setForm(initial);
          setOpen(!open);
        }}
        buttonText={t("edit")}
        buttonLabel={name}
        formLabel={name}
        onSubmit={() =>
          update.mutate({
            id: organisation.id,
            ...form,
            province: form.province || null,
            sizeClass: form.sizeClass || null,
          })
        }
      >
        <p className="hint">{t("codeFixed")}</p>
        <NameField
          id={`${id}-name`}
          label={t("name")}
          value={form.name}
          onChange={field("name")}
          error={issues.name}
        />
        <SelectField
          id={`${id}-kind`}
          label={t("kind")}
          value={form.kind}
          options={ORGANISATION_KINDS.map((k) => ({
            value: k,
            label: ORGANISATION_KIND_LABELS[locale][k],
          }))}
          onChange={field("kind")}
        />
        {(["province", "sizeClass"] as const).map((f) => (
          <TextField
            key={f}
            id={`${id}-${f}`}
            label={t(f === "sizeClass" ? "size" : f)}
            value={form[f]}
            onChange={field(f)}
            error={issues[f]}
          />
        ))}
        <button type="submit" className="button small" disabled={update.isPending}>
          {c("save")}
        </button>
        <button type="button" className="button secondary small" onClick={() => setOpen(false)}>
          {c("cancel")}
        </button>
      </ToggledInlineForm>
      {update.isSuccess && !open ? <span role="status">{t("saved")}</span> : null}
      <ErrorMessage error={formError(update.error, issues)} />
    </div>
  );
}
