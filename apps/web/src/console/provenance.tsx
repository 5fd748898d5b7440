import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useFormatter } from "../i18n/use-formatter.js";
import { useTRPC } from "../lib/trpc.js";
import { downloadText } from "./download.js";
import type { ExportVariables } from "./export-variables.js";
import type { TableProvenance } from "./r-scripts.js";
import { useConsoleText } from "./use-console-text.js";

/** The R script that redoes a table from the exported data, downloaded as `maturo-campaign-<id>-<topic>.R`. */
export interface TableScript {
  topic: string;
  write: (variables: ExportVariables) => string;
}

/** Where a table comes from (campaign, instrument version, N, date) and the R script to redo it. */
export function Provenance({
  provenance,
  script,
}: {
  provenance: TableProvenance;
  script?: TableScript | undefined;
}): ReactNode {
  const t = useConsoleText();
  const f = useFormatter();
  const trpc = useTRPC();
  // The script names the export's variables, so only a table with a script asks for them.
  const variables = useQuery({
    ...trpc.exports.variables.queryOptions({ campaignId: provenance.campaignId }),
    enabled: script !== undefined,
  }).data;
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
                `maturo-campaign-${provenance.campaignId}-${script.topic}.R`,
                script.write(variables),
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
