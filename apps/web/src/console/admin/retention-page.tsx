import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { fieldIssues, formError } from "../../lib/server-issues.js";
import { useTRPC } from "../../lib/trpc.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { QueryState } from "../../ui/query-state.js";
import { TextField } from "../../ui/text-field.js";
import { useConsoleText } from "../use-console-text.js";
import { useWaves } from "../use-waves.js";
import { useAdminText } from "./admin-text.js";

/** How long one wave keeps e-mail addresses and tokens after it closes. */
function RetentionRow({ wave }: { wave: { id: number; name: string } }): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const c = useConsoleText();
  const id = useId();
  const [days, setDays] = useState("");
  const save = useMutation(trpc.admin.setCampaignRetention.mutationOptions());
  const issues = fieldIssues(save.error, ["days"] as const);
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ campaignId: wave.id, days: days.trim() === "" ? Number.NaN : Number(days) });
      }}
    >
      <TextField
        id={`${id}-d`}
        label={t("days", { name: wave.name })}
        type="number"
        min={0}
        max={3650}
        required
        value={days}
        onChange={setDays}
        error={issues.days}
      />
      <button type="submit" className="button secondary">
        {c("save")}
      </button>
      {save.isSuccess ? <span role="status">{c("done")}</span> : null}
      <ErrorMessage error={formError(save.error, issues)} />
    </form>
  );
}

/** Retention per wave, and purging what has expired. */
export function RetentionPage(): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const waves = useWaves();
  const purge = useMutation(trpc.admin.purgeExpired.mutationOptions());
  const purged = purge.data?.purged;
  return (
    <>
      <h1>{t("retentionTitle")}</h1>
      <p>{t("retentionIntro")}</p>
      <QueryState query={waves} />
      <div className="card">
        {waves.data?.map((w) => (
          <RetentionRow key={w.id} wave={w} />
        ))}
      </div>
      <p>
        <button type="button" className="button" onClick={() => purge.mutate()} disabled={purge.isPending}>
          {t("purge")}
        </button>
      </p>
      {purge.isSuccess ? (
        <p role="status">
          {t("purged", { n: typeof purged === "number" ? purged : JSON.stringify(purged) })}
        </p>
      ) : null}
      <ErrorMessage error={purge.error} />
    </>
  );
}
