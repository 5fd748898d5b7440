import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useMemo, useState } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import { localized } from "../i18n/localized.js";
import type { Messages } from "../i18n/messages.js";
import { useTRPC } from "../lib/trpc.js";
import { CheckList } from "../ui/check-list.js";
import { QueryState } from "../ui/query-state.js";
import { SelectField } from "../ui/select-field.js";
import { SubmitButton } from "../ui/submit-button.js";
import { TableScroll } from "../ui/table-scroll.js";
import { copyText, downloadText } from "./download.js";
import { Provenance } from "./provenance.js";
import { regressionRScript } from "./r-scripts.js";
import { WaveHeading } from "./wave-heading.js";

const text = {
  nl: {
    title: "Regressie: {name}",
    intro:
      "Kies de afhankelijke schalen, de verklarende contextschalen, het niveau, de standaardfouten, de gewichten en de controlevariabelen. Elk model is een OLS-regressie op de opgeslagen scores; de tabel volgt de opmaak van het onderzoek: b (s.e.) — de ongestandaardiseerde coëfficiënt met zijn standaardfout tussen haakjes — met sterren, constante, R², aangepaste R², F en N.",
    nNote:
      "N in de tabel telt per model alleen de rijen (respondenten, organisaties of directeurs, naargelang het niveau) met een score op de afhankelijke schaal én op elke gekozen verklarende variabele (listwise). Daarom kan N lager zijn dan de {n} rijen hierboven: wie een schaal niet voorgelegd kreeg (bijvoorbeeld door zijn rol) of er te weinig geldige antwoorden op gaf, valt uit het model.",
    dependents: "Afhankelijke schalen",
    predictors: "Verklarende variabelen (context)",
    nValid: "N = {n}",
    build: "Tabel maken",
    chooseBoth: "Kies minstens één afhankelijke schaal en één verklarende variabele.",
    copy: "Kopiëren als {format}",
    copied: "{format} gekopieerd naar het klembord.",
    copyFailed: "Kopiëren lukte niet; selecteer de tekst hieronder.",
    download: "Downloaden als {format}",
    tableCaption: "Regressietabel",
    level: "Niveau",
    levelRespondent: "Respondenten",
    levelOrganisation: "Organisaties (gemiddelde van hun respondenten)",
    levelDirector: "Alleen algemeen directeurs",
    errors: "Standaardfouten",
    errorsCr1: "Geclusterd per organisatie (CR1)",
    errorsCr2: "Geclusterd per organisatie (CR2, Satterthwaite)",
    errorsNone: "Gewoon (OLS)",
    weights: "Gewichten",
    weightsNone: "Geen",
    weightsRaked: "Herwogen naar de populatie (provincie × grootteklasse)",
    controls: "Controlevariabelen",
    controlProvince: "Provincie",
    controlSizeClass: "Grootteklasse",
  },
  en: {
    title: "Regression: {name}",
    intro:
      "Choose the dependent scales, the explanatory context scales, the level, the standard errors, the weights and the controls. Each model is an OLS regression on the stored scores; the table follows the study's layout: b (s.e.) — the unstandardised coefficient with its standard error in parentheses — with stars, constant, R², adjusted R², F and N.",
    nNote:
      "N in the table counts, per model, only the rows (respondents, organisations or directors, by level) with a score on the dependent scale and on every chosen predictor (listwise). That is why N can be lower than the {n} rows shown above: whoever was not asked a scale (for instance because of their role) or gave too few valid answers to it drops out of the model.",
    dependents: "Dependent scales",
    predictors: "Predictors (context)",
    nValid: "N = {n}",
    build: "Build table",
    chooseBoth: "Choose at least one dependent scale and one predictor.",
    copy: "Copy as {format}",
    copied: "{format} copied to the clipboard.",
    copyFailed: "Copying failed; select the text below.",
    download: "Download as {format}",
    tableCaption: "Regression table",
    level: "Level",
    levelRespondent: "Respondents",
    levelOrganisation: "Organisations (mean of their respondents)",
    levelDirector: "General directors only",
    errors: "Standard errors",
    errorsCr1: "Clustered by organisation (CR1)",
    errorsCr2: "Clustered by organisation (CR2, Satterthwaite)",
    errorsNone: "Ordinary (OLS)",
    weights: "Weights",
    weightsNone: "None",
    weightsRaked: "Raked to the population (province × size class)",
    controls: "Controls",
    controlProvince: "Province",
    controlSizeClass: "Size class",
  },
} as const satisfies Messages<string>;

type Level = "respondent" | "organisation" | "director";
type Cluster = "cr1" | "cr2" | "none";
type Weights = "none" | "raked";
type Control = "province" | "size_class";

interface Choice {
  dependents: string[];
  predictors: string[];
  level: Level;
  cluster: Cluster;
  weights: Weights;
  controls: Control[];
}

const DEFAULT_DEPENDENTS = ["capability.efficiency", "capability.innovation", "capability.balance"];
const FORMATS = [
  { key: "markdown", label: "Markdown", ext: "md", type: "text/markdown;charset=utf-8" },
  { key: "latex", label: "LaTeX", ext: "tex", type: "text/x-tex;charset=utf-8" },
  { key: "csv", label: "CSV", ext: "csv", type: "text/csv;charset=utf-8" },
] as const;

export function RegressionPage({ campaignId }: { campaignId: number }): ReactNode {
  const t = useMessages(text);
  const { locale } = useLocale();
  const trpc = useTRPC();
  const id = useId();
  const descriptives = useQuery(trpc.research.descriptives.queryOptions({ campaignId }));
  const nodes = descriptives.data?.nodes ?? [];
  const labelOf = (nodeId: string): string =>
    localized(nodes.find((n) => n.nodeId === nodeId)?.label, locale, nodeId);
  const outcomes = nodes.filter((n) => !n.nodeId.startsWith("context") && n.nodeId.includes("."));
  const context = nodes.filter((n) => n.nodeId.startsWith("context."));
  const maxN = Math.max(0, ...context.map((n) => n.n));
  // By default the context scales most respondents have a score on: a scale asked of some roles
  // only would drop everyone else from every model (listwise).
  const defaultPredictors = useMemo(
    () => context.filter((n) => n.n >= 0.8 * maxN).map((n) => n.nodeId),
    [context, maxN],
  );
  const [dependents, setDependents] = useState<string[] | null>(null);
  const [predictors, setPredictors] = useState<string[] | null>(null);
  const [level, setLevel] = useState<Level>("respondent");
  const [cluster, setCluster] = useState<Cluster>("cr1");
  const [weights, setWeights] = useState<Weights>("none");
  const [controls, setControls] = useState<Control[]>([]);
  const [built, setBuilt] = useState<Choice | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [copyState, setCopyState] = useState<{ format: string; ok: boolean; text: string } | null>(null);
  const deps = dependents ?? DEFAULT_DEPENDENTS.filter((d) => outcomes.some((o) => o.nodeId === d));
  const preds = predictors ?? defaultPredictors;
  const regression = useQuery({
    ...trpc.research.regression.queryOptions({
      campaignId,
      dependents: built?.dependents ?? ["-"],
      predictors: built?.predictors ?? ["-"],
      level: built?.level ?? "respondent",
      cluster: built?.cluster ?? "none",
      weights: built?.weights ?? "none",
      controls: built?.controls ?? [],
      locale,
    }),
    enabled: built !== null,
  });
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (deps.length === 0 || preds.length === 0) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setCopyState(null);
    // Clustering by organisation applies only when an organisation can have several rows.
    setBuilt({
      dependents: deps,
      predictors: preds,
      level,
      cluster: level === "respondent" ? cluster : "none",
      weights,
      controls,
    });
  };
  const scaleLabel = (n: { nodeId: string; n: number }): ReactNode => (
    <>
      {labelOf(n.nodeId)} <span className="hint">({t("nValid", { n: n.n })})</span>
    </>
  );
  const r = regression.data;
  const labels = Object.fromEntries(nodes.map((n) => [n.nodeId, labelOf(n.nodeId)]));
  return (
    <>
      <WaveHeading
        title={t("title", { name: descriptives.data?.provenance.campaignName ?? `#${campaignId}` })}
        campaignId={campaignId}
        section="regression"
      />
      <p>{t("intro")}</p>
      <QueryState query={descriptives} />
      {descriptives.data ? (
        <form className="card regression-builder" onSubmit={onSubmit}>
          <CheckList
            legend={t("dependents")}
            options={outcomes.map((n) => ({ value: n.nodeId, label: scaleLabel(n) }))}
            chosen={deps}
            onChange={setDependents}
          />
          <CheckList
            legend={t("predictors")}
            options={context.map((n) => ({ value: n.nodeId, label: scaleLabel(n) }))}
            chosen={preds}
            onChange={setPredictors}
          />
          <SelectField<Level>
            id={`${id}-level`}
            label={t("level")}
            value={level}
            onChange={setLevel}
            options={[
              { value: "respondent", label: t("levelRespondent") },
              { value: "organisation", label: t("levelOrganisation") },
              { value: "director", label: t("levelDirector") },
            ]}
          />
          <SelectField<Cluster>
            id={`${id}-errors`}
            label={t("errors")}
            value={level === "respondent" ? cluster : "none"}
            onChange={setCluster}
            options={
              level === "respondent"
                ? [
                    { value: "cr1", label: t("errorsCr1") },
                    { value: "cr2", label: t("errorsCr2") },
                    { value: "none", label: t("errorsNone") },
                  ]
                : [{ value: "none", label: t("errorsNone") }]
            }
          />
          <SelectField<Weights>
            id={`${id}-weights`}
            label={t("weights")}
            value={weights}
            onChange={setWeights}
            options={[
              { value: "none", label: t("weightsNone") },
              { value: "raked", label: t("weightsRaked") },
            ]}
          />
          <CheckList
            legend={t("controls")}
            options={[
              { value: "province", label: t("controlProvince") },
              { value: "size_class", label: t("controlSizeClass") },
            ]}
            chosen={controls}
            onChange={(chosen) => setControls(chosen as Control[])}
          />
          {invalid ? (
            <p role="alert" className="error">
              {t("chooseBoth")}
            </p>
          ) : null}
          <SubmitButton>{t("build")}</SubmitButton>
        </form>
      ) : null}
      {built ? <QueryState query={regression} /> : null}
      {r && built ? (
        <section aria-labelledby={`${id}-table`} className="regression-result">
          <h2 id={`${id}-table`}>{r.table.title ?? t("tableCaption")}</h2>
          <Provenance
            provenance={r.provenance}
            script={{
              topic: "regression",
              write: (v) =>
                regressionRScript(r.provenance, v, r, {
                  dependents: built.dependents,
                  predictors: built.predictors,
                  labels,
                }),
            }}
          />
          <TableScroll label={t("tableCaption")}>
            <table className="data-table regression-table" data-testid="regression-table">
              <caption>{t("tableCaption")}</caption>
              <thead>
                <tr>
                  <td />
                  {r.table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.table.rows.map((row, i) =>
                  row.kind === "group" ? (
                    <tr key={`${row.label}-${i}`} className="group-row">
                      <th scope="rowgroup" colSpan={r.table.columns.length + 1}>
                        {row.label}
                      </th>
                    </tr>
                  ) : (
                    <tr key={`${row.label}-${i}`} className={`${row.kind}-row`}>
                      <th scope="row">{row.label}</th>
                      {row.cells.map((cell, j) => (
                        <td key={`${r.table.columns[j]}`} className="numeric">
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </TableScroll>
          {r.table.footnotes.map((note) => (
            <p key={note} className="hint">
              {note}
            </p>
          ))}
          <p className="hint" data-testid="regression-n-note">
            {t("nNote", { n: r.provenance.n })}
          </p>
          <div className="button-row">
            {FORMATS.map((f) => (
              <button
                key={`copy-${f.key}`}
                type="button"
                className="button secondary"
                onClick={async () => {
                  const content = r.rendered[f.key];
                  setCopyState({ format: f.label, ok: await copyText(content), text: content });
                }}
              >
                {t("copy", { format: f.label })}
              </button>
            ))}
            {FORMATS.map((f) => (
              <button
                key={`download-${f.key}`}
                type="button"
                className="button secondary"
                onClick={() =>
                  downloadText(`maturo-campaign-${campaignId}-regression.${f.ext}`, r.rendered[f.key], f.type)
                }
              >
                {t("download", { format: f.label })}
              </button>
            ))}
          </div>
          {copyState ? (
            <div role="status">
              {copyState.ok ? (
                <p className="success">{t("copied", { format: copyState.format })}</p>
              ) : (
                <>
                  <p className="error">{t("copyFailed")}</p>
                  <label htmlFor={`${id}-copy`} className="visually-hidden">
                    {copyState.format}
                  </label>
                  <textarea
                    id={`${id}-copy`}
                    readOnly
                    rows={10}
                    value={copyState.text}
                    className="copy-text"
                  />
                </>
              )}
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
