import {
  compareSizeClasses,
  isOrganisationKind,
  ORGANISATION_KIND_LABELS,
  sizeClassLabel,
} from "@maturo/model/vocabulary";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId } from "react";
import { useLocale } from "../../i18n/locale.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { useRefresh } from "../../lib/use-refresh.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { SubmitButton } from "../../ui/submit-button.js";
import { TextField } from "../../ui/text-field.js";
import { useForm } from "../../ui/use-form.js";
import { QueryTable } from "../query-table.js";
import { actionsColumn } from "../sortable-table.js";
import { useAdminText } from "./admin-text.js";
import { OrganisationEditor } from "./organisation-editor.js";

type Organisation = RouterOutputs["admin"]["organisations"][number];

const EMPTY = { code: "", name: "", province: "", sizeClass: "" };

/** The organisations: a form for a new one and the table of all, each editable in its row. */
export function OrganisationsPage(): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const id = useId();
  const list = useQuery(trpc.admin.organisations.queryOptions());
  const { form, setForm, field } = useForm(EMPTY);
  const refresh = useRefresh(trpc.admin.organisations.queryFilter(), () => setForm(EMPTY));
  const create = useMutation(trpc.admin.createOrganisation.mutationOptions({ onSuccess: refresh }));
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    create.mutate({ ...form, province: form.province || null, sizeClass: form.sizeClass || null });
  };
  return (
    <>
      <h1>{t("organisationsTitle")}</h1>
      <form className="inline-form card" onSubmit={onSubmit} aria-label={t("newOrganisation")}>
        {(["code", "name", "province", "sizeClass"] as const).map((f) => (
          <TextField
            key={f}
            id={`${id}-${f}`}
            label={t(f === "sizeClass" ? "size" : f)}
            required={f === "code" || f === "name"}
            value={form[f]}
            onChange={field(f)}
          />
        ))}
        <SubmitButton disabled={create.isPending}>{t("add")}</SubmitButton>
      </form>
      <ErrorMessage error={create.error} />
      <QueryTable
        query={list}
        caption={t("organisationsTitle")}
        initialSort={{ key: "name", direction: "ascending" }}
        columns={[
          { key: "code", header: t("code"), value: (o) => o.code },
          { key: "name", header: t("name"), value: (o) => o.name },
          {
            key: "kind",
            header: t("kind"),
            value: (o) => (isOrganisationKind(o.kind) ? ORGANISATION_KIND_LABELS[locale][o.kind] : o.kind),
          },
          { key: "province", header: t("province"), value: (o) => o.province },
          {
            key: "size",
            header: t("size"),
            value: (o) => (o.sizeClass ? sizeClassLabel(o.sizeClass, locale) : null),
            compare: (a, b) => compareSizeClasses(a.sizeClass, b.sizeClass),
          },
          actionsColumn<Organisation>(t("actions"), (o) => <OrganisationEditor organisation={o} />),
        ]}
      />
    </>
  );
}
