import { ROLE_LABELS } from "@maturo/model/vocabulary";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useLocale } from "../i18n/locale.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { useRefresh } from "../lib/use-refresh.js";
import { ErrorMessage } from "../ui/error-message.js";
import { QueryState } from "../ui/query-state.js";
import { TitledSection } from "../ui/titled-section.js";
import { DataTable } from "./data-table.js";
import { LetterSheet } from "./letter-sheet.js";
import type { CampaignRef } from "./organisation.js";
import { usePortalText } from "./portal-text.js";

type Entry = RouterOutputs["invitations"]["register"]["roles"][number]["invitations"][number];
type Resent = RouterOutputs["invitations"]["resend"];

/** What one invitation's actions need besides the entry. */
interface RowProps extends CampaignRef {
  entry: Entry;
  /** How the row names its invitation: the address, or the letter's number within its role. */
  who: string;
  onResent: (resent: Resent) => void;
  onRevoked: () => void;
}

/**
 * Send again (its link by e-mail, or a new letter) and revoke, after a confirmation. Both answer the
 * same whatever the respondent did, so nothing here tells who has answered (DESIGN §7).
 */
function InvitationActions({
  campaignId,
  organisationId,
  entry,
  who,
  onResent,
  onRevoked,
}: RowProps): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const refresh = useRefresh(trpc.invitations.register.queryFilter(), () => setConfirming(false));
  const resend = useMutation(
    trpc.invitations.resend.mutationOptions({
      onSuccess: (data) => {
        onResent(data);
        return refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: () => {
        onRevoked();
        return refresh();
      },
    }),
  );
  const ids = { campaignId, organisationId, invitationId: entry.id };
  const letter = entry.address === null;
  if (confirming)
    return (
      <fieldset className="revoke-confirm">
        <legend>{t("revokeConfirm", { who })}</legend>
        <button type="button" className="button danger" onClick={() => revoke.mutate(ids)}>
          {t("revokeYes")}
        </button>{" "}
        <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </button>
        <ErrorMessage error={revoke.error} />
      </fieldset>
    );
  return (
    <>
      <button
        type="button"
        className="button secondary"
        aria-label={t(letter ? "resendLetterLabel" : "resendLabel", { who })}
        disabled={resend.isPending}
        onClick={() => resend.mutate({ ...ids, locale })}
      >
        {t(letter ? "resendLetter" : "resend")}
      </button>{" "}
      <button
        type="button"
        className="button secondary"
        aria-label={t("revokeLabel", { who })}
        onClick={() => setConfirming(true)}
      >
        {t("revoke")}
      </button>
      <ErrorMessage error={resend.error} />
    </>
  );
}

/**
 * The invitation register (docs/decisions.md, "Invitation register (issue 15)"): per role, each
 * invitation with the address as the key user entered it, when it was made and last reminded or
 * resent, and whether it was revoked — never whether anyone answered.
 */
export function InvitationRegister({
  campaignId,
  organisationId,
  organisation,
  campaign,
  open,
}: CampaignRef & { organisation: string; campaign: string; open: boolean }): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const f = useFormatter();
  const trpc = useTRPC();
  const register = useQuery(trpc.invitations.register.queryOptions({ campaignId, organisationId }));
  const [resent, setResent] = useState<Resent | null>(null);
  const [revoked, setRevoked] = useState(false);
  if (!register.data) return <QueryState query={register} />;
  const roles = register.data.roles.filter((r) => r.invitations.length > 0);
  return (
    <TitledSection title={t("registerTitle")} intro={t("registerIntro")} className="card register">
      {roles.length === 0 ? <p>{t("registerNone")}</p> : null}
      {roles.map(({ role, invitations }) => {
        const label = t("registerRole", { role: ROLE_LABELS[locale][role], n: invitations.length });
        return (
          <DataTable
            key={role}
            label={label}
            testId={`register-${role}`}
            columns={[t("address"), t("when"), t("actions")]}
          >
            {invitations.map((entry, index) => {
              const who = entry.address ?? t("letterNumber", { n: index + 1 });
              return (
                <tr key={entry.id}>
                  <th scope="row" className="address">
                    {entry.address ?? (
                      <>
                        {t("letter")} · {who}
                      </>
                    )}
                  </th>
                  <td>
                    {t("invitedOn", { date: f.date(entry.invitedAt) })}
                    {entry.remindedAt ? (
                      <>
                        <br />
                        {t("remindedOn", { date: f.date(entry.remindedAt) })}
                      </>
                    ) : null}
                  </td>
                  <td>
                    {entry.revokedAt ? (
                      t("revokedOn", { date: f.date(entry.revokedAt) })
                    ) : open ? (
                      <InvitationActions
                        campaignId={campaignId}
                        organisationId={organisationId}
                        entry={entry}
                        who={who}
                        onResent={(data) => {
                          setRevoked(false);
                          setResent(data);
                        }}
                        onRevoked={() => {
                          setResent(null);
                          setRevoked(true);
                        }}
                      />
                    ) : (
                      t("never")
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        );
      })}
      <div aria-live="polite">
        {revoked ? <p className="created">{t("revoked")}</p> : null}
        {resent?.emailed ? <p className="created">{t("resent")}</p> : null}
        {resent && resent.links.length > 0 ? <p className="created">{t("newLetterNote")}</p> : null}
      </div>
      {resent && resent.links.length > 0 ? (
        <LetterSheet letters={resent.links} organisation={organisation} campaign={campaign} />
      ) : null}
    </TitledSection>
  );
}
