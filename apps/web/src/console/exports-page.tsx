import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import type { Locale, Messages } from "../i18n/messages.js";
import { useTRPC } from "../lib/trpc.js";
import { ErrorMessage } from "../ui/error-message.js";
import { alertedBy, FieldAlert } from "../ui/field-alert.js";
import { LanguageSelect } from "../ui/language-select.js";
import { SubmitButton } from "../ui/submit-button.js";
import { downloadBase64 } from "./download.js";
import { Provenance } from "./provenance.js";
import { useWaves } from "./use-waves.js";
import { WaveHeading } from "./wave-heading.js";

const text = {
  nl: {
    title: "Exports: {name}",
    intro:
      'De ingediende antwoorden onder pseudoniemen, met codeboek. "Weet ik niet" (−8), niet beantwoord (−9) en niet gevraagd (−7) blijven gescheiden. Elke export komt in het auditlog.',
    identification: "Organisaties",
    pseudonymised:
      "Gepseudonimiseerd (standaard): een pseudoniem per campagne in plaats van naam en code, de datum zonder uur, provincie × grootteklasse grover waar een cel minder dan 5 organisaties telt",
    identified: "Geïdentificeerd: namen en codes van de organisaties en het tijdstip van indienen",
    identifiedHint:
      "Alleen als een beheerder het u heeft toegestaan. Het doel komt met de export in het auditlog.",
    purpose: "Doel van de geïdentificeerde export (verplicht)",
    purposeMissing: "Geef het doel op (minstens 10 tekens).",
    labels: "Taal van de labels",
    format: "Formaat",
    csv: "CSV met codeboek",
    spss: "SPSS-syntax met labels",
    r: "R-script",
    stata: "Stata-do-bestand met labels",
    xlsx: "Excel-werkmap (XLSX)",
    make: "Export maken",
    busy: "Bezig met exporteren…",
    ready: "{n} respondenten geëxporteerd. Download de bestanden:",
    zip: "Alles als zip ({name})",
    file: "{name} downloaden",
    spssHint: "Zet het .sps-bestand en de CSV in dezelfde map en voer de syntax uit in SPSS of GNU PSPP.",
    stataHint:
      "Zet het .do-bestand en de CSV in dezelfde map, ga er in Stata (versie 14 of nieuwer) naartoe met cd en voer het do-bestand uit. Namen langer dan 32 tekens krijgen in Stata een kortere naam; het codeboek geeft ze in de kolom stata_variable.",
  },
  en: {
    title: "Exports: {name}",
    intro:
      'The submitted answers under pseudonyms, with a codebook. "Don\'t know" (−8), not answered (−9) and not asked (−7) stay apart. Every export is written to the audit log.',
    identification: "Organisations",
    pseudonymised:
      "Pseudonymised (default): a pseudonym per campaign instead of name and code, the date without time, province × size class coarsened where a cell has fewer than 5 organisations",
    identified: "Identified: the organisations' names and codes and the time of submission",
    identifiedHint:
      "Only if an administrator allowed you. The purpose is written to the audit log with the export.",
    purpose: "Purpose of the identified export (required)",
    purposeMissing: "State the purpose (at least 10 characters).",
    labels: "Language of the labels",
    format: "Format",
    csv: "CSV with codebook",
    spss: "SPSS syntax with labels",
    r: "R script",
    stata: "Stata do-file with labels",
    xlsx: "Excel workbook (XLSX)",
    make: "Make export",
    busy: "Exporting…",
    ready: "{n} respondents exported. Download the files:",
    zip: "Everything as zip ({name})",
    file: "Download {name}",
    spssHint: "Put the .sps file and the CSV in the same folder and run the syntax in SPSS or GNU PSPP.",
    stataHint:
      "Put the .do file and the CSV in the same folder, cd to it in Stata (version 14 or newer) and run the do-file. Names longer than 32 characters get a shorter name in Stata; the codebook lists them in the column stata_variable.",
  },
} as const satisfies Messages<string>;

const FORMATS = ["csv", "spss", "r", "stata", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

export function ExportsPage({ campaignId }: { campaignId: number }): ReactNode {
  const t = useMessages(text);
  const { locale } = useLocale();
  const trpc = useTRPC();
  const id = useId();
  const waves = useWaves();
  const wave = waves.data?.find((w) => w.id === campaignId);
  const [format, setFormat] = useState<Format>("spss");
  const [labels, setLabels] = useState<Locale>(locale);
  const [identified, setIdentified] = useState(false);
  const [purpose, setPurpose] = useState("");
  const [purposeMissing, setPurposeMissing] = useState(false);
  const make = useMutation(trpc.exports.campaign.mutationOptions());
  const result = make.data;
  const purposeProblem = purposeMissing ? t("purposeMissing") : null;
  return (
    <>
      <WaveHeading
        title={t("title", { name: wave?.name ?? `#${campaignId}` })}
        campaignId={campaignId}
        section="exports"
      />
      <p>{t("intro")}</p>
      <form
        className="form card"
        onSubmit={(e) => {
          e.preventDefault();
          const missing = identified && purpose.trim().length < 10;
          setPurposeMissing(missing);
          if (missing) return;
          make.mutate({
            campaignId,
            format,
            locale: labels,
            ...(identified ? { identified: { purpose: purpose.trim() } } : {}),
          });
        }}
      >
        <fieldset>
          <legend>{t("format")}</legend>
          {FORMATS.map((f) => (
            <div key={f} className="check">
              <input
                type="radio"
                name={`${id}-format`}
                id={`${id}-${f}`}
                value={f}
                checked={format === f}
                onChange={() => {
                  setFormat(f);
                  make.reset();
                }}
              />
              <label htmlFor={`${id}-${f}`}>{t(f)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("identification")}</legend>
          {([false, true] as const).map((value) => (
            <div key={String(value)} className="check">
              <input
                type="radio"
                name={`${id}-identification`}
                id={`${id}-identified-${value}`}
                checked={identified === value}
                onChange={() => {
                  setIdentified(value);
                  make.reset();
                }}
              />
              <label htmlFor={`${id}-identified-${value}`}>{t(value ? "identified" : "pseudonymised")}</label>
            </div>
          ))}
          {identified ? (
            <>
              <p className="hint">{t("identifiedHint")}</p>
              <label htmlFor={`${id}-purpose`}>{t("purpose")}</label>
              <textarea
                id={`${id}-purpose`}
                rows={3}
                aria-required="true"
                value={purpose}
                onChange={(e) => setPurpose(e.target.value)}
                {...alertedBy(`${id}-purpose-error`, purposeProblem)}
              />
              <FieldAlert id={`${id}-purpose-error`} message={purposeProblem} />
            </>
          ) : null}
        </fieldset>
        <LanguageSelect id={`${id}-labels`} label={t("labels")} value={labels} onChange={setLabels} />
        <ErrorMessage error={make.error} />
        <SubmitButton disabled={make.isPending}>{make.isPending ? t("busy") : t("make")}</SubmitButton>
      </form>
      {result ? (
        <section className="card" aria-live="polite">
          <p role="status">{t("ready", { n: result.respondents })}</p>
          <Provenance
            provenance={{
              campaignId,
              campaignName: wave?.name ?? `#${campaignId}`,
              instrumentHash: result.instrumentHash,
              n: result.respondents,
              generatedAt: result.exportedAt,
            }}
          />
          <ul className="file-list" data-testid="export-files">
            {result.files.map((file) => (
              <li key={file.name}>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => downloadBase64(file.name, file.base64, file.mediaType)}
                >
                  {t("file", { name: file.name })}
                </button>
              </li>
            ))}
            <li>
              <button
                type="button"
                className="button"
                onClick={() => downloadBase64(result.zip.name, result.zip.base64, "application/zip")}
              >
                {t("zip", { name: result.zip.name })}
              </button>
            </li>
          </ul>
          {format === "spss" ? <p className="hint">{t("spssHint")}</p> : null}
          {format === "stata" ? <p className="hint">{t("stataHint")}</p> : null}
        </section>
      ) : null}
    </>
  );
}
