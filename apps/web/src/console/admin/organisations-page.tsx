import { isOrganisationKind, ORGANISATION_KIND_LABELS, sizeClassLabel } from "@maturo/model/vocabulary";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useLocale } from "../../i18n/locale.js";
import { fieldIssues, formError } from "../../lib/server-issues.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { useRefresh } from "../../lib/use-refresh.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { QueryState } from "../../ui/query-state.js";
import { SubmitButton } from "../../ui/submit-button.js";
import { TextField } from "../../ui/text-field.js";
import { useForm } from "../../ui/use-form.js";
import { actionsColumn, SortableTable } from "../sortable-table.js";
import { useAdminText } from "./admin-text.js";
import { OrganisationEditor } from "./organisation-editor.js";

type Organisation = RouterOutputs["admin"]["organisationPage"]["rows"][number];

const PAGE_SIZE = 25;

const EMPTY = { code: "", name: "", province: "", sizeClass: "" };

/**
 * The organisations: a form for a new one, and the table searched by name or code on the server and
 * shown a page at a time (a list of 300 on one page was unusable), each editable in its row.
 */
export function OrganisationsPage(): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const id = useId();
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState({ search: "", page: 1 });
  const list = useQuery({
    ...trpc.admin.organisationPage.queryOptions({ ...search, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const { form, setForm, field } = useForm(EMPTY);
  const refresh = useRefresh(trpc.admin.pathFilter(), () => setForm(EMPTY));
  const create = useMutation(trpc.admin.createOrganisation.mutationOptions({ onSuccess: refresh }));
  const issues = fieldIssues(create.error, ["code", "name", "province", "sizeClass"] as const);
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    create.mutate({ ...form, province: form.province || null, sizeClass: form.sizeClass || null });
  };
  return (
    <>
      <h1>{t("organisationsTitle")}</h1>
      <form className="inline-form card" noValidate onSubmit={onSubmit} aria-label={t("newOrganisation")}>
        {(["code", "name", "province", "sizeClass"] as const).map((f) => (
          <TextField
            key={f}
            id={`${id}-${f}`}
            label={t(f === "sizeClass" ? "size" : f)}
            required={f === "code" || f === "name"}
            value={form[f]}
            onChange={field(f)}
            error={issues[f]}
          />
        ))}
        <SubmitButton disabled={create.isPending}>{t("add")}</SubmitButton>
      </form>
      <ErrorMessage error={formError(create.error, issues)} />
      <form
        className="inline-form"
        aria-label={t("search")}
        onSubmit={(e) => {
          e.preventDefault();
          setSearch({ search: typed, page: 1 });
        }}
      >
        <TextField
          id={`${id}-search`}
          type="search"
          label={t("searchOrganisations")}
          value={typed}
          onChange={setTyped}
          error={fieldIssues(list.error, ["search"] as const).search}
        />
        <SubmitButton>{t("search")}</SubmitButton>
      </form>
      <QueryState query={list} />
      {list.data ? (
        <>
          <p role="status" data-testid="organisations-found">
            {list.data.total === 0
              ? t("noOrganisationsFound", { search: search.search })
              : t("organisationsFound", {
                  total: list.data.total,
                  page: list.data.page,
                  pages: pageCount(list.data),
                })}
          </p>
          {list.data.total > 0 ? (
            <SortableTable
              caption={t("organisationsTitle")}
              rows={list.data.rows}
              rowKey={(o) => o.id}
              columns={[
                // Ordered by name on the server: sorting one page by another column would mislead.
                { key: "code", header: t("code"), value: (o) => o.code, fixed: true },
                { key: "name", header: t("name"), value: (o) => o.name, fixed: true },
                {
                  key: "kind",
                  header: t("kind"),
                  value: (o) =>
                    isOrganisationKind(o.kind) ? ORGANISATION_KIND_LABELS[locale][o.kind] : o.kind,
                  fixed: true,
                },
                { key: "province", header: t("province"), value: (o) => o.province, fixed: true },
                {
                  key: "size",
                  header: t("size"),
                  value: (o) => (o.sizeClass ? sizeClassLabel(o.sizeClass, locale) : null),
                  fixed: true,
                },
                actionsColumn<Organisation>(t("actions"), (o) => <OrganisationEditor organisation={o} />),
              ]}
            />
          ) : null}
          <Pager
            page={list.data.page}
            pages={pageCount(list.data)}
            onPage={(page) => setSearch({ ...search, page })}
          />
        </>
      ) : null}
    </>
  );
}

function pageCount({ total, pageSize }: { total: number; pageSize: number }): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Previous and next page, as buttons a keyboard reaches; hidden when everything fits on one page. */
function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage(page: number): void;
}): ReactNode {
  const t = useAdminText();
  if (pages <= 1) return null;
  return (
    <nav className="actions pager" aria-label={t("pages")}>
      <button
        type="button"
        className="button secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t("previousPage")}
      </button>
      <button
        type="button"
        className="button secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t("nextPage")}
      </button>
    </nav>
  );
}
