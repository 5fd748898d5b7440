import { spreadsheetCsv, toCsv } from "@maturo/exports/text";
import {
  isOrganisationKind,
  ORGANISATION_KIND_LABELS,
  type Role,
  sizeClassLabel,
} from "@maturo/model/vocabulary";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { Link } from "../lib/router.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { CheckList } from "../ui/check-list.js";
import { ErrorMessage } from "../ui/error-message.js";
import { NameField } from "../ui/name-field.js";
import { QueryState } from "../ui/query-state.js";
import { RoleSelect } from "../ui/role-select.js";
import { SelectField } from "../ui/select-field.js";
import { SubmitButton } from "../ui/submit-button.js";
import { TextField } from "../ui/text-field.js";
import { TitledSection } from "../ui/titled-section.js";
import { useForm } from "../ui/use-form.js";
import { ConfirmAction } from "./confirm-action.js";
import { downloadText } from "./download.js";
import { ShortHash, shortHash } from "./short-hash.js";
import { actionsColumn, dateColumn, SortableTable } from "./sortable-table.js";
import { useConsoleText } from "./use-console-text.js";
import { useWaves } from "./use-waves.js";

const text = {
  nl: {
    title: "Bevragingen",
    waves: "Alle bevragingen",
    name: "Naam",
    status: "Status",
    opensAt: "Opent op",
    closesAt: "Sluit op",
    population: "Populatie",
    instrument: "Instrument",
    actions: "Acties",
    close: "Sluiten",
    closeWave: "{name} sluiten",
    closeQuestion:
      "{name} nu sluiten? Respondenten van {n} organisaties kunnen daarna niet meer antwoorden; dit kan niet ongedaan worden.",
    closeYes: "Ja, sluiten",
    closed: "{name} is gesloten.",
    closesBeforeOpens: "De sluitingsdatum moet na de openingsdatum liggen.",
    closesAfter: "Na de openingsdatum.",
    monitor: "Respons",
    newWave: "Nieuwe bevraging",
    version: "Instrumentversie",
    populationAll: "Alle organisaties in de populatie",
    populationFilter: "Populatie van de bevraging",
    populationHint: "Niets aangevinkt in een groep: alle waarden van die groep.",
    provinces: "Provincies",
    sizeClasses: "Grootteklassen",
    kinds: "Soorten besturen",
    populationCount: "{n} organisaties voldoen aan deze keuze.",
    populationEmpty: "Geen enkele organisatie voldoet aan deze keuze.",
    create: "Bevraging aanmaken",
    created: "Bevraging #{id} aangemaakt over {n} organisaties.",
    importTitle: "Populatie importeren uit CSV",
    importIntro:
      "Kolommen: code, name (verplicht), kind, province, size_class. Eerst controleren: u ziet per rij wat er niet klopt; daarna importeert u de geldige rijen.",
    csvFile: "CSV-bestand",
    csvText: "Of plak de CSV hier",
    check: "Controleren",
    apply: "{n} geldige rijen importeren",
    report: "Validatierapport",
    line: "Regel",
    code: "Code",
    result: "Resultaat",
    ok: "in orde",
    summary: "{valid} geldig, {invalid} met fouten.",
    applied: "Geïmporteerd: {created} nieuw, {updated} bijgewerkt.",
    invitations: "Uitnodigingen per rol",
    invitationsIntro:
      "Maak persoonlijke links aan voor elke organisatie in de populatie van een bevraging en download ze als CSV (veilig voor spreadsheets).",
    wave: "Bevraging",
    role: "Rol",
    perOrganisation: "Links per organisatie",
    makeLinks: "Links aanmaken",
    linksMade: "{n} links aangemaakt.",
    downloadLinks: "Links downloaden (CSV)",
  },
  en: {
    title: "Waves",
    waves: "All waves",
    name: "Name",
    status: "Status",
    opensAt: "Opens",
    closesAt: "Closes",
    population: "Population",
    instrument: "Instrument",
    actions: "Actions",
    close: "Close",
    closeWave: "Close {name}",
    closeQuestion:
      "Close {name} now? Respondents of {n} organisations can no longer answer afterwards; this cannot be undone.",
    closeYes: "Yes, close",
    closed: "{name} is closed.",
    closesBeforeOpens: "The closing date must be after the opening date.",
    closesAfter: "After the opening date.",
    monitor: "Response",
    newWave: "New wave",
    version: "Instrument version",
    populationAll: "Every organisation in the population",
    populationFilter: "The wave's population",
    populationHint: "Nothing ticked in a group: every value of that group.",
    provinces: "Provinces",
    sizeClasses: "Size classes",
    kinds: "Kinds of government",
    populationCount: "{n} organisations match this choice.",
    populationEmpty: "No organisation matches this choice.",
    create: "Create wave",
    created: "Wave #{id} created over {n} organisations.",
    importTitle: "Import a population from CSV",
    importIntro:
      "Columns: code, name (required), kind, province, size_class. Check first: you see what is wrong per row; then import the valid rows.",
    csvFile: "CSV file",
    csvText: "Or paste the CSV here",
    check: "Check",
    apply: "Import {n} valid rows",
    report: "Validation report",
    line: "Line",
    code: "Code",
    result: "Result",
    ok: "valid",
    summary: "{valid} valid, {invalid} with problems.",
    applied: "Imported: {created} new, {updated} updated.",
    invitations: "Invitations per role",
    invitationsIntro:
      "Create personal links for every organisation in a wave's population and download them as CSV (safe for spreadsheets).",
    wave: "Wave",
    role: "Role",
    perOrganisation: "Links per organisation",
    makeLinks: "Create links",
    linksMade: "{n} links created.",
    downloadLinks: "Download links (CSV)",
  },
} as const satisfies Messages<string>;

type Wave = RouterOutputs["campaigns"]["waves"][number];

/** What a new wave's population can be narrowed by, in the order the form shows them. */
const FILTERS = ["provinces", "sizeClasses", "kinds"] as const;

/** `YYYY-MM-DD` from a date input as the start of that day in UTC. */
function dayToIso(day: string): string | undefined {
  return day ? new Date(`${day}T00:00:00Z`).toISOString() : undefined;
}

/** The day after `day` (`YYYY-MM-DD`). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function NewWave(): ReactNode {
  const t = useMessages(text);
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const versions = useQuery(trpc.instruments.versions.queryOptions());
  const { form, field } = useForm({ name: "", versionId: "", opensAt: "", closesAt: "" });
  const closesRef = useRef<HTMLInputElement>(null);
  const create = useMutation(
    trpc.campaigns.createWave.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.campaigns.waves.queryFilter()),
    }),
  );
  const [filter, setFilter] = useState<{ provinces: string[]; sizeClasses: string[]; kinds: string[] }>({
    provinces: [],
    sizeClasses: [],
    kinds: [],
  });
  const population = useQuery(trpc.research.population.queryOptions(filter));
  const filtered = filter.provinces.length + filter.sizeClasses.length + filter.kinds.length > 0;
  const choiceLabel: Record<(typeof FILTERS)[number], (value: string) => string> = {
    provinces: (province) => province,
    sizeClasses: (sizeClass) => sizeClassLabel(sizeClass, locale),
    kinds: (kind) => (isOrganisationKind(kind) ? ORGANISATION_KIND_LABELS[locale][kind] : kind),
  };
  const matching = population.data?.organisationIds ?? [];
  const versionId = Number(form.versionId || versions.data?.[0]?.id || 0);
  // A wave without an opening date opens now; it must close on a later day (the API checks it too).
  const earliestClose = nextDay(form.opensAt || new Date().toISOString().slice(0, 10));
  const datesWrong = form.closesAt !== "" && form.closesAt < earliestClose;
  const datesMessage = t("closesBeforeOpens");
  useEffect(() => {
    closesRef.current?.setCustomValidity(datesWrong ? datesMessage : "");
  }, [datesWrong, datesMessage]);
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (datesWrong) {
      closesRef.current?.focus();
      return;
    }
    const opensAt = dayToIso(form.opensAt);
    const closesAt = dayToIso(form.closesAt);
    create.mutate({
      name: form.name,
      versionId,
      // Without a filter the wave takes every organisation, also those added before it is created.
      population: filtered ? matching : "all",
      ...(opensAt ? { opensAt } : {}),
      ...(closesAt ? { closesAt } : {}),
    });
  };
  return (
    <TitledSection title={t("newWave")}>
      <form className="form card" onSubmit={onSubmit}>
        <NameField id={`${id}-name`} label={t("name")} value={form.name} onChange={field("name")} />
        <SelectField
          id={`${id}-v`}
          label={t("version")}
          value={String(versionId)}
          options={(versions.data ?? []).map((v) => ({
            value: String(v.id),
            label: `#${v.id} ${v.title} (${shortHash(v.hash)})`,
          }))}
          onChange={field("versionId")}
        />
        <TextField
          id={`${id}-o`}
          label={t("opensAt")}
          type="date"
          value={form.opensAt}
          onChange={field("opensAt")}
        />
        <label htmlFor={`${id}-c`}>{t("closesAt")}</label>
        <input
          id={`${id}-c`}
          ref={closesRef}
          type="date"
          min={earliestClose}
          aria-invalid={datesWrong || undefined}
          aria-describedby={datesWrong ? `${id}-c-hint ${id}-c-error` : `${id}-c-hint`}
          value={form.closesAt}
          onChange={(e) => field("closesAt")(e.target.value)}
        />
        <p id={`${id}-c-hint`} className="hint">
          {t("closesAfter")}
        </p>
        {datesWrong ? (
          <p id={`${id}-c-error`} role="alert" className="error">
            {datesMessage}
          </p>
        ) : null}
        <fieldset>
          <legend>{t("populationFilter")}</legend>
          <p className="hint">{t("populationHint")}</p>
          {FILTERS.map((key) => (
            <CheckList
              key={key}
              legend={t(key)}
              options={(population.data?.choices[key] ?? []).map((value) => ({
                value,
                label: choiceLabel[key](value),
              }))}
              chosen={filter[key]}
              onChange={(chosen) => setFilter({ ...filter, [key]: chosen })}
            />
          ))}
          <p role="status" className="hint" data-testid="population-count">
            {!filtered
              ? t("populationAll")
              : matching.length === 0
                ? t("populationEmpty")
                : t("populationCount", { n: matching.length })}
          </p>
        </fieldset>
        <ErrorMessage error={create.error} />
        <button
          type="submit"
          className="button"
          disabled={create.isPending || versionId === 0 || (filtered && matching.length === 0)}
        >
          {t("create")}
        </button>
        {create.data ? (
          <p role="status" className="success">
            {t("created", { id: create.data.id, n: create.data.population })}
          </p>
        ) : null}
      </form>
    </TitledSection>
  );
}

function PopulationImport(): ReactNode {
  const t = useMessages(text);
  const c = useConsoleText();
  const trpc = useTRPC();
  const id = useId();
  const [csv, setCsv] = useState("");
  const check = useMutation(trpc.research.importPopulation.mutationOptions());
  const apply = useMutation(trpc.research.importPopulation.mutationOptions());
  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (file) {
      setCsv(await file.text());
      check.reset();
      apply.reset();
    }
  };
  const report = check.data;
  return (
    <TitledSection title={t("importTitle")} intro={t("importIntro")}>
      <form
        className="form card"
        onSubmit={(e) => {
          e.preventDefault();
          apply.reset();
          check.mutate({ csv, apply: false });
        }}
      >
        <label htmlFor={`${id}-file`}>{t("csvFile")}</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
        <label htmlFor={`${id}-text`}>{t("csvText")}</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={csv}
          onChange={(e) => {
            setCsv(e.target.value);
            check.reset();
            apply.reset();
          }}
        />
        <ErrorMessage error={check.error ?? apply.error} />
        <SubmitButton disabled={!csv || check.isPending}>{t("check")}</SubmitButton>
      </form>
      {report ? (
        <>
          <p role="status">{t("summary", { valid: report.valid, invalid: report.invalid })}</p>
          <SortableTable
            caption={t("report")}
            testId="import-report"
            rows={report.rows}
            rowKey={(r) => r.line}
            columns={[
              { key: "line", header: t("line"), value: (r) => r.line, numeric: true },
              { key: "code", header: t("code"), value: (r) => r.code },
              {
                key: "result",
                header: t("result"),
                value: (r) => (r.ok ? t("ok") : r.problems.join("; ")),
                render: (r) =>
                  r.ok ? (
                    <span className="ok">{t("ok")}</span>
                  ) : (
                    <span className="error">{r.problems.join("; ")}</span>
                  ),
              },
            ]}
          />
          {report.valid > 0 && !apply.data ? (
            <button
              type="button"
              className="button"
              disabled={apply.isPending}
              onClick={() => apply.mutate({ csv, apply: true })}
            >
              {t("apply", { n: report.valid })}
            </button>
          ) : null}
          {apply.data ? (
            <p role="status" className="success">
              {t("applied", { created: apply.data.created, updated: apply.data.updated })} {c("done")}
            </p>
          ) : null}
        </>
      ) : null}
    </TitledSection>
  );
}

function BulkInvitations({ waves }: { waves: Wave[] }): ReactNode {
  const t = useMessages(text);
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  // Links can be made before a wave opens: every wave not closed.
  const open = waves.filter((w) => w.status !== "closed");
  const [waveId, setWaveId] = useState<number | null>(null);
  const [role, setRole] = useState<Role>("director");
  const [count, setCount] = useState(1);
  const bulk = useMutation(
    trpc.invitations.bulkForWave.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.research.responseRates.pathFilter()),
    }),
  );
  const chosen = waveId ?? open[0]?.id ?? null;
  const download = (): void => {
    if (!bulk.data || chosen === null) return;
    const csv = toCsv(
      [
        ["organisation_code", "organisation_name", "role", "link"],
        // Without a configured public URL the server returns links relative to this site.
        ...bulk.data.links.map((l) => [
          l.organisationCode,
          l.organisationName,
          l.role,
          new URL(l.link, window.location.origin).href,
        ]),
      ],
      spreadsheetCsv(locale),
    );
    downloadText(`maturo-campaign-${chosen}-links-${role}.csv`, csv, "text/csv;charset=utf-8");
  };
  if (open.length === 0) return null;
  return (
    <TitledSection title={t("invitations")} intro={t("invitationsIntro")}>
      <form
        className="inline-form card"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen !== null) bulk.mutate({ campaignId: chosen, role, perOrganisation: count });
        }}
      >
        <SelectField
          id={`${id}-w`}
          label={t("wave")}
          value={String(chosen ?? "")}
          options={open.map((w) => ({ value: String(w.id), label: w.name }))}
          onChange={(value) => setWaveId(Number(value))}
        />
        <RoleSelect id={`${id}-r`} label={t("role")} value={role} onChange={setRole} />
        <TextField
          id={`${id}-n`}
          label={t("perOrganisation")}
          type="number"
          min={1}
          max={50}
          value={String(count)}
          onChange={(value) => setCount(Math.max(1, Math.min(50, Number(value) || 1)))}
        />
        <SubmitButton disabled={bulk.isPending}>{t("makeLinks")}</SubmitButton>
      </form>
      <ErrorMessage error={bulk.error} />
      {bulk.data ? (
        <p role="status" className="success">
          {t("linksMade", { n: bulk.data.links.length })}{" "}
          <button type="button" className="button secondary" onClick={download}>
            {t("downloadLinks")}
          </button>
        </p>
      ) : null}
    </TitledSection>
  );
}

/** Closes an open wave after an inline confirmation; the page announces the result. */
function CloseWave({ wave, onClosed }: { wave: Wave; onClosed: (wave: Wave) => void }): ReactNode {
  const t = useMessages(text);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const close = useMutation(
    trpc.campaigns.close.mutationOptions({
      onSuccess: async () => {
        onClosed(wave);
        await queryClient.invalidateQueries(trpc.campaigns.waves.queryFilter());
      },
    }),
  );
  return (
    <>
      <ConfirmAction
        label={t("close")}
        accessibleName={t("closeWave", { name: wave.name })}
        question={t("closeQuestion", { name: wave.name, n: wave.population })}
        yes={t("closeYes")}
        pending={close.isPending}
        onConfirm={() => close.mutate({ campaignId: wave.id })}
      />
      <ErrorMessage error={close.error} />
    </>
  );
}

export function CampaignsPage(): ReactNode {
  const t = useMessages(text);
  const c = useConsoleText();
  const f = useFormatter();
  const waves = useWaves();
  const [closed, setClosed] = useState<Wave | null>(null);
  const closedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The closing buttons are gone with the wave's row actions: keep focus on the result.
    if (closed) closedRef.current?.focus();
  }, [closed]);
  return (
    <>
      <h1>{t("title")}</h1>
      <QueryState query={waves} />
      <p role="status" className="success" ref={closedRef} tabIndex={-1}>
        {closed ? t("closed", { name: closed.name }) : null}
      </p>
      {waves.data ? (
        <SortableTable
          caption={t("waves")}
          testId="waves"
          rows={waves.data}
          rowKey={(w) => w.id}
          columns={[
            { key: "name", header: t("name"), value: (w) => w.name },
            {
              key: "status",
              header: t("status"),
              value: (w) => c(w.status),
            },
            dateColumn<Wave>("opens", t("opensAt"), (w) => w.opensAt, f.dateTime),
            dateColumn<Wave>("closes", t("closesAt"), (w) => w.closesAt, f.dateTime),
            { key: "population", header: t("population"), value: (w) => w.population, numeric: true },
            {
              key: "instrument",
              header: t("instrument"),
              value: (w) => w.instrumentTitle,
              render: (w) => (
                <>
                  {w.instrumentTitle}
                  <br />
                  <ShortHash hash={w.instrumentHash} />
                </>
              ),
            },
            actionsColumn<Wave>(t("actions"), (w) => (
              <div className="row-actions">
                <Link to={`/console/waves/${w.id}/rates`}>
                  {t("monitor")}
                  <span className="visually-hidden"> — {w.name}</span>
                </Link>
                {w.status !== "closed" ? <CloseWave wave={w} onClosed={setClosed} /> : null}
              </div>
            )),
          ]}
        />
      ) : null}
      <NewWave />
      <PopulationImport />
      {waves.data ? <BulkInvitations waves={waves.data} /> : null}
    </>
  );
}
