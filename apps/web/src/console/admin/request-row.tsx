import { SIZE_CLASSES, sizeClassLabel } from "@maturo/model/vocabulary";
import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { useLocale } from "../../i18n/locale.js";
import { useFormatter } from "../../i18n/use-formatter.js";
import { fieldIssues, formError } from "../../lib/server-issues.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { useRefresh } from "../../lib/use-refresh.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { NewPasswordField } from "../../ui/new-password-field.js";
import { SelectField } from "../../ui/select-field.js";
import { TextField } from "../../ui/text-field.js";
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
  // The server checks the password (one rule); its problem shows at the field, not as a browser bubble.
  const issues = fieldIssues(decide.error, ["password", "province"] as const);
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
          noValidate
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
          <TextField
            id={`${id}-province`}
            label={t("province")}
            value={province}
            onChange={setProvince}
            error={issues.province}
          />
          <SelectField
            id={`${id}-size`}
            label={t("size")}
            value={sizeClass}
            options={[
              { value: "", label: "—" },
              ...SIZE_CLASSES.map((code) => ({ value: code, label: sizeClassLabel(code, locale) })),
            ]}
            onChange={setSizeClass}
          />
          <NewPasswordField
            id={`${id}-pw`}
            label={t("keyPassword", { email: request.email })}
            value={password}
            onChange={setPassword}
            error={issues.password}
          />
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
      <ErrorMessage error={formError(decide.error, issues)} />
    </li>
  );
}
