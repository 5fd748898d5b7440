import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { useLocale } from "../../i18n/locale.js";
import { useFormatter } from "../../i18n/use-formatter.js";
import { SIZE_CLASSES, sizeClassLabel } from "../../lib/size-classes.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { useRefresh } from "../../lib/use-refresh.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { useAdminText } from "./admin-text.js";

type Request = RouterOutputs["admin"]["accountRequests"][number];

/** One account request: who asked for which organisation; a pending one can be approved or rejected. */
export function RequestRow({ request }: { request: Request }): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const f = useFormatter();
  const id = useId();
  const [password, setPassword] = useState("");
  // A new organisation needs its province and size class to take part in peer benchmarks.
  const [province, setProvince] = useState("");
  const [sizeClass, setSizeClass] = useState("");
  const refresh = useRefresh(trpc.admin.accountRequests.queryFilter());
  const decide = useMutation(trpc.admin.decideAccountRequest.mutationOptions({ onSuccess: refresh }));
  const status = request.status as "pending" | "approved" | "rejected";
  return (
    <li className="card request" data-testid="account-request">
      <h2>
        {request.organisationName} ({request.organisationCode})
      </h2>
      <dl>
        <dt>{t("name")}</dt>
        <dd>{request.name}</dd>
        <dt>{t("email")}</dt>
        <dd>{request.email}</dd>
        <dt>{t("message")}</dt>
        <dd>{request.message ?? "—"}</dd>
        <dt>{t("requested")}</dt>
        <dd>{f.dateTime(request.createdAt)}</dd>
        <dt>{t("status")}</dt>
        <dd>{t(status)}</dd>
      </dl>
      {status === "pending" ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            decide.mutate({
              requestId: request.id,
              decision: "approve",
              password,
              province: province.trim() || null,
              sizeClass: sizeClass || null,
            });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-province`}>{t("province")}</label>
            <input id={`${id}-province`} value={province} onChange={(e) => setProvince(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-size`}>{t("size")}</label>
            <select id={`${id}-size`} value={sizeClass} onChange={(e) => setSizeClass(e.target.value)}>
              <option value="">—</option>
              {SIZE_CLASSES.map((code) => (
                <option key={code} value={code}>
                  {sizeClassLabel(code, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-pw`}>{t("keyPassword", { email: request.email })}</label>
            <input
              id={`${id}-pw`}
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button
            type="submit"
            className="button"
            aria-label={t("approveFor", { name: request.name })}
            disabled={decide.isPending}
          >
            {t("approve")}
          </button>
          <button
            type="button"
            className="button secondary"
            aria-label={t("rejectFor", { name: request.name })}
            disabled={decide.isPending}
            onClick={() => decide.mutate({ requestId: request.id, decision: "reject" })}
          >
            {t("reject")}
          </button>
        </form>
      ) : null}
      {decide.isSuccess && decide.variables?.decision === "approve" ? (
        <p role="status" className="success">
          {t("approvedNote", { email: request.email })}
        </p>
      ) : null}
      <ErrorMessage error={decide.error} />
    </li>
  );
}
