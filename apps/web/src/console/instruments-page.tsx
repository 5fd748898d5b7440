import type { Role } from "@maturo/model/vocabulary";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import type { Locale, Messages } from "../i18n/messages.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { fieldIssues, formError } from "../lib/server-issues.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { CheckList } from "../ui/check-list.js";
import { ErrorMessage } from "../ui/error-message.js";
import { LanguageSelect } from "../ui/language-select.js";
import { QueryState } from "../ui/query-state.js";
import { RoleSelect } from "../ui/role-select.js";
import { SelectField } from "../ui/select-field.js";
import { SubmitButton } from "../ui/submit-button.js";
import { TextField } from "../ui/text-field.js";
import { TitledSection } from "../ui/titled-section.js";
import { QueryTable } from "./query-table.js";
import { dateColumn } from "./sortable-table.js";
import { useConsoleText } from "./use-console-text.js";

const text = {
  nl: {
    title: "Instrumenten",
    intro:
      "Kies de geïnstalleerde plugins, bevries ze tot een onveranderlijke instrumentversie en bekijk de vragenlijst zoals elke rol ze ziet.",
    plugins: "Geïnstalleerde plugins",
    items: "{n} items",
    versionTitle: "Titel van de versie",
    publish: "Publiceren voor sleutelgebruikers",
    freeze: "Bevriezen",
    freezing: "Bezig met bevriezen…",
    frozen: "Bevroren als versie #{id}. Hash: {hash}",
    existed: "Deze plugins waren al bevroren als versie #{id}. Hash: {hash}",
    versions: "Instrumentversies",
    hash: "Hash",
    versionPlugins: "Plugins",
    created: "Aangemaakt",
    published: "Gepubliceerd",
    preview: "Voorbeeld",
    previewTitle: "Voorbeeld van de vragenlijst",
    version: "Versie",
    role: "Rol",
    language: "Taal",
    show: "Toon voorbeeld",
    itemCount: "{n} vragen voor deze rol",
    dontKnow: 'en "{label}"',
    onlyIf: "(alleen gevraagd bij een bepaald antwoord op {item})",
    noPlugins: "Kies minstens één plugin.",
  },
  en: {
    title: "Instruments",
    intro:
      "Choose installed plugins, freeze them into an immutable instrument version and preview the questionnaire as each role sees it.",
    plugins: "Installed plugins",
    items: "{n} items",
    versionTitle: "Title of the version",
    publish: "Publish for key users",
    freeze: "Freeze",
    freezing: "Freezing…",
    frozen: "Frozen as version #{id}. Hash: {hash}",
    existed: "These plugins were already frozen as version #{id}. Hash: {hash}",
    versions: "Instrument versions",
    hash: "Hash",
    versionPlugins: "Plugins",
    created: "Created",
    published: "Published",
    preview: "Preview",
    previewTitle: "Questionnaire preview",
    version: "Version",
    role: "Role",
    language: "Language",
    show: "Show preview",
    itemCount: "{n} questions for this role",
    dontKnow: 'and "{label}"',
    onlyIf: "(asked only after a certain answer to {item})",
    noPlugins: "Choose at least one plugin.",
  },
} as const satisfies Messages<string>;

type Version = RouterOutputs["instruments"]["versions"][number];

function Preview({ versions }: { versions: { id: number; title: string; hash: string }[] }): ReactNode {
  const t = useMessages(text);
  const trpc = useTRPC();
  const id = useId();
  const [versionId, setVersionId] = useState<number | null>(versions[0]?.id ?? null);
  const [role, setRole] = useState<Role>("director");
  const [locale, setLocale] = useState<Locale>("nl");
  const [shown, setShown] = useState<{ versionId: number; role: Role; locale: Locale } | null>(null);
  const preview = useQuery({
    ...trpc.instruments.preview.queryOptions(
      shown ?? { versionId: versions[0]?.id ?? 1, role: "director", locale: "nl" },
    ),
    enabled: shown !== null,
  });
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (versionId !== null) setShown({ versionId, role, locale });
  };
  const count = preview.data?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0;
  return (
    <TitledSection title={t("previewTitle")}>
      <form className="inline-form" onSubmit={onSubmit}>
        <SelectField
          id={`${id}-v`}
          label={t("version")}
          value={String(versionId ?? "")}
          options={versions.map((v) => ({ value: String(v.id), label: `#${v.id} ${v.title}` }))}
          onChange={(value) => setVersionId(Number(value))}
        />
        <RoleSelect id={`${id}-r`} label={t("role")} value={role} onChange={setRole} />
        <LanguageSelect id={`${id}-l`} label={t("language")} value={locale} onChange={setLocale} />
        <SubmitButton>{t("show")}</SubmitButton>
      </form>
      {shown ? <QueryState query={preview} /> : null}
      {preview.data && shown ? <p role="status">{t("itemCount", { n: count })}</p> : null}
      {preview.data && shown ? (
        <div className="preview card" lang={shown.locale} data-testid="preview">
          <p>
            <strong>{preview.data.title}</strong> · <code className="hash">{preview.data.hash}</code>
          </p>
          {preview.data.sections.map((section) => (
            <section key={`${section.plugin}-${section.id}`} className="preview-section">
              <h3>{section.title}</h3>
              <ol>
                {section.items.map((item) => (
                  <li key={item.id}>
                    <span>{item.text}</span>{" "}
                    <span className="hint">
                      [{item.labels.join(" · ")}
                      {item.dontKnowLabel ? ` · ${item.dontKnowLabel}` : ""}]
                      {item.showIf ? ` ${t("onlyIf", { item: item.showIf.item })}` : ""}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      ) : null}
    </TitledSection>
  );
}

export function InstrumentsPage(): ReactNode {
  const t = useMessages(text);
  const c = useConsoleText();
  const { locale } = useLocale();
  const f = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const plugins = useQuery(trpc.instruments.plugins.queryOptions());
  const versions = useQuery(trpc.instruments.versions.queryOptions());
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [title, setTitle] = useState("");
  // Key users see a version only once someone chose to publish it (issue 15: it was on by default).
  const [publish, setPublish] = useState(false);
  const [missing, setMissing] = useState(false);
  const selected = chosen ?? plugins.data?.map((p) => p.id) ?? [];
  const freeze = useMutation(
    trpc.instruments.freeze.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.instruments.versions.queryFilter()),
    }),
  );
  // The server checks the title (one rule); its problem shows at the field.
  const issues = fieldIssues(freeze.error, ["title"] as const);
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (selected.length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    freeze.mutate({ title, plugins: selected, published: publish });
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <QueryState query={plugins} />
      {plugins.data ? (
        <form className="form card" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-plugins`}>
          <CheckList
            legend={t("plugins")}
            legendId={`${id}-plugins`}
            options={plugins.data.map((p) => ({
              value: p.id,
              label: (
                <>
                  {p.title[locale] ?? p.id}{" "}
                  <code>
                    {p.id}@{p.version}
                  </code>{" "}
                  — {t("items", { n: p.items })}
                </>
              ),
            }))}
            chosen={selected}
            onChange={setChosen}
          />
          <TextField
            id={`${id}-title`}
            label={t("versionTitle")}
            required
            value={title}
            onChange={setTitle}
            error={issues.title}
          />
          <div className="check">
            <input
              id={`${id}-pub`}
              type="checkbox"
              checked={publish}
              onChange={(e) => setPublish(e.target.checked)}
            />
            <label htmlFor={`${id}-pub`}>{t("publish")}</label>
          </div>
          {missing ? (
            <p role="alert" className="error">
              {t("noPlugins")}
            </p>
          ) : null}
          <ErrorMessage error={formError(freeze.error, issues)} />
          <SubmitButton disabled={freeze.isPending}>
            {freeze.isPending ? t("freezing") : t("freeze")}
          </SubmitButton>
          {freeze.data ? (
            <p role="status" className="success" data-testid="frozen">
              {t(freeze.data.created ? "frozen" : "existed", { id: freeze.data.id, hash: freeze.data.hash })}
            </p>
          ) : null}
        </form>
      ) : null}
      <h2>{t("versions")}</h2>
      <QueryTable
        query={versions}
        caption={t("versions")}
        initialSort={{ key: "id", direction: "descending" }}
        columns={[
          { key: "id", header: "#", value: (v) => v.id, numeric: true },
          { key: "title", header: t("versionTitle"), value: (v) => v.title },
          {
            key: "hash",
            header: t("hash"),
            value: (v) => v.hash,
            render: (v) => <code className="hash">{v.hash}</code>,
          },
          {
            key: "plugins",
            header: t("versionPlugins"),
            value: (v) => v.plugins.map((p) => `${p.id}@${p.version}`).join(", "),
          },
          { key: "published", header: t("published"), value: (v) => (v.published ? c("yes") : c("no")) },
          dateColumn<Version>("created", t("created"), (v) => v.createdAt, f.dateTime),
        ]}
      />
      {versions.data && versions.data.length > 0 ? <Preview versions={versions.data} /> : null}
    </>
  );
}
