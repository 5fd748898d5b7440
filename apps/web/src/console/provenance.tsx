import type { ReactNode } from "react";
import { useFormatter } from "../i18n/use-formatter.js";
import { downloadText } from "./download.js";
import type { ExportVariables } from "./export-variables.js";
import type { TableProvenance } from "./r-scripts.js";
import { useConsoleText } from "./use-console-text.js";

/** Where a table comes from (campaign, instrument version, N, date) and the R script to redo it. */
export function Provenance({
  provenance,
  variables,
  script,
  scriptName,
}: {
  provenance: TableProvenance;
  variables?: ExportVariables | undefined;
  script?: ((variables: ExportVariables) => string) | undefined;
  scriptName?: string;
}): ReactNode {
  const t = useConsoleText();
  const f = useFormatter();
  return (
    <aside className="provenance" aria-label={t("provenance")}>
      <dl>
        <dt>{t("provCampaign")}</dt>
        <dd>
          {provenance.campaignName} (#{provenance.campaignId})
        </dd>
        <dt>{t("provHash")}</dt>
        <dd>
          <code className="hash" data-testid="provenance-hash">
            {provenance.instrumentHash}
          </code>
        </dd>
        <dt>{t("provN")}</dt>
        <dd data-testid="provenance-n">{provenance.n}</dd>
        <dt>{t("provDate")}</dt>
        <dd>{f.dateTime(provenance.generatedAt)} UTC</dd>
      </dl>
      {script && variables ? (
        <p>
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              downloadText(
                scriptName ?? `maturo-campaign-${provenance.campaignId}-table.R`,
                script(variables),
              )
            }
          >
            {t("downloadR")}
          </button>{" "}
          <span className="hint">{t("rHint", { file: variables.dataFile })}</span>
        </p>
      ) : null}
    </aside>
  );
}
