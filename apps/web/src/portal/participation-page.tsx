import { type ParsedAddresses, parseAddressList } from "@maturo/model/addresses";
import type { Role } from "@maturo/model/vocabulary";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useLocale } from "../i18n/locale.js";
import { errorCodeText, errorText } from "../lib/error-text.js";
import { Link } from "../lib/router.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { useRefresh } from "../lib/use-refresh.js";
import { PageTitle } from "../shell/page-title.js";
import { ErrorMessage } from "../ui/error-message.js";
import { alertedBy, FieldAlert } from "../ui/field-alert.js";
import { RoleSelect } from "../ui/role-select.js";
import { SubmitButton } from "../ui/submit-button.js";
import { TitledSection } from "../ui/titled-section.js";
import { CampaignMeta } from "./home-page.js";
import { InvitationRegister } from "./invitation-register.js";
import { LetterSheet } from "./letter-sheet.js";
import { type CampaignPageProps, type CampaignRef, campaignPath } from "./organisation.js";
import { ParticipationTable } from "./participation-table.js";
import { usePortalText } from "./portal-text.js";

type CreatedLinks = RouterOutputs["invitations"]["create"];

function InviteForm({
  campaignId,
  organisation,
  campaignName,
}: CampaignPageProps & { campaignName: string }): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const ids = useId();
  const trpc = useTRPC();
  const [role, setRole] = useState<Role>("staff");
  const [mode, setMode] = useState<"links" | "emails">("links");
  const [count, setCount] = useState("5");
  const [emails, setEmails] = useState("");
  const [pasted, setPasted] = useState<ParsedAddresses | null>(null);
  const [countError, setCountError] = useState(false);
  const [created, setCreated] = useState<CreatedLinks | null>(null);
  const refresh = useRefresh(trpc.invitations.pathFilter());
  const create = useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: (data) => {
        setCreated(data);
        return refresh();
      },
    }),
  );
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setCreated(null);
    if (mode === "emails") {
      // The one parser of a paste (`@maturo/model/addresses`), which the API applies to each entry too.
      const parsed = parseAddressList(emails);
      setPasted(parsed);
      if (parsed.problems.length > 0 || parsed.addresses.length === 0) return;
      create.mutate({
        campaignId,
        organisationId: organisation.id,
        role,
        recipients: { emails: parsed.addresses.map((a) => a.address) },
        locale,
      });
    } else {
      setPasted(null);
      // A whole number from 1 to 500; anything else is said, never silently turned into one link.
      const n = Number(count.trim());
      const valid = count.trim() !== "" && Number.isInteger(n) && n >= 1 && n <= 500;
      setCountError(!valid);
      if (!valid) return;
      create.mutate({
        campaignId,
        organisationId: organisation.id,
        role,
        recipients: { count: n },
        locale,
      });
    }
  };
  const countProblem = countError ? t("countInvalid") : null;
  const emailsProblem = !pasted
    ? null
    : pasted.problems.length > 0
      ? t("invalidEmails", {
          list: pasted.problems.map((p) => t("invalidEntry", { line: p.line, entry: p.entry })).join("; "),
        })
      : pasted.addresses.length === 0
        ? t("noEmails")
        : null;
  const repeated = [...(pasted?.repeated.map((a) => a.address) ?? []), ...(created?.repeated ?? [])];
  return (
    <TitledSection title={t("inviteTitle")} className="card">
      <form onSubmit={submit} className="form">
        <RoleSelect id={`${ids}-role`} label={t("role")} value={role} onChange={setRole} />
        <fieldset>
          <legend>{t("inviteHow")}</legend>
          {(["links", "emails"] as const).map((m) => (
            <label key={m} className="choice">
              <input type="radio" name={`${ids}-mode`} checked={mode === m} onChange={() => setMode(m)} />
              {t(m === "links" ? "byLetters" : "byEmail")}
            </label>
          ))}
        </fieldset>
        {mode === "links" ? (
          <>
            <label htmlFor={`${ids}-count`}>{t("count")}</label>
            <input
              id={`${ids}-count`}
              type="number"
              min={1}
              max={500}
              value={count}
              onChange={(e) => setCount(e.target.value)}
              className="short"
              {...alertedBy(`${ids}-count-error`, countProblem)}
            />
            <FieldAlert id={`${ids}-count-error`} message={countProblem} />
          </>
        ) : (
          <>
            <label htmlFor={`${ids}-emails`}>{t("emails")}</label>
            <textarea
              id={`${ids}-emails`}
              rows={5}
              value={emails}
              onChange={(e) => setEmails(e.target.value)}
              {...alertedBy(`${ids}-invalid`, emailsProblem)}
            />
            <FieldAlert id={`${ids}-invalid`} message={emailsProblem} />
          </>
        )}
        <div>
          <SubmitButton disabled={create.isPending}>{t("createInvites")}</SubmitButton>
        </div>
        <ErrorMessage error={create.error} />
      </form>
      <div aria-live="polite">
        {created ? (
          <p className="created">
            {created.emailed > 0
              ? t("emailed", { n: created.emailed })
              : t("created", { n: created.created })}
          </p>
        ) : null}
        {created && repeated.length > 0 ? (
          <p className="created">{t("repeated", { list: repeated.join(", ") })}</p>
        ) : null}
        {created && created.alreadyInvited.length > 0 ? (
          <p className="created">{t("alreadyInvited", { list: created.alreadyInvited.join(", ") })}</p>
        ) : null}
      </div>
      {created && created.links.length > 0 ? (
        <LetterSheet letters={created.links} organisation={organisation.name} campaign={campaignName} />
      ) : null}
    </TitledSection>
  );
}

function Reminders({ campaignId, organisationId }: CampaignRef): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const refresh = useRefresh(trpc.invitations.register.queryFilter());
  const remind = useMutation(trpc.invitations.remind.mutationOptions({ onSuccess: refresh }));
  return (
    <TitledSection title={t("remindTitle")} intro={t("remindIntro")} className="card">
      <button
        type="button"
        className="button secondary"
        disabled={remind.isPending}
        onClick={() => remind.mutate({ campaignId, organisationId, locale })}
      >
        {t("remind")}
      </button>
      <div aria-live="polite">
        {remind.isSuccess ? <p>{t("reminded")}</p> : null}
        {remind.isError ? (
          <p role="alert">
            {remind.error.data?.code === "PRECONDITION_FAILED"
              ? t("noSmtp")
              : t("error", { message: errorText(remind.error, locale) })}
          </p>
        ) : null}
      </div>
    </TitledSection>
  );
}

function CloseCampaign({ campaignId }: { campaignId: number }): ReactNode {
  const t = usePortalText();
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const refresh = useRefresh(trpc.campaigns.forOrganisation.queryFilter(), () => setConfirming(false));
  const close = useMutation(trpc.campaigns.close.mutationOptions({ onSuccess: refresh }));
  return (
    <div className="close-campaign">
      {confirming ? (
        <fieldset>
          <legend>{t("closeConfirm")}</legend>
          <button type="button" className="button danger" onClick={() => close.mutate({ campaignId })}>
            {t("closeYes")}
          </button>{" "}
          <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </fieldset>
      ) : (
        <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
          {t("closeCampaign")}
        </button>
      )}
      <ErrorMessage error={close.error} />
    </div>
  );
}

/** One campaign: live participation per role, invitations, reminders, closing. */
export function ParticipationPage({ organisation, campaignId }: CampaignPageProps): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const campaigns = useQuery(
    trpc.campaigns.forOrganisation.queryOptions({ organisationId: organisation.id }),
  );
  const campaign = campaigns.data?.find((c) => c.id === campaignId);
  if (campaigns.isPending) return <p role="status">{t("loading")}</p>;
  if (!campaign) return <p role="alert">{errorCodeText("NOT_FOUND", locale)}</p>;
  const open = campaign.status !== "closed";
  return (
    <>
      <PageTitle>{campaign.name}</PageTitle>
      <CampaignMeta campaign={campaign} />
      <p className="actions">
        <Link to={campaignPath(organisation, campaign.id, "results")} className="button secondary">
          {t("viewResults")}
        </Link>
      </p>
      <section className="card" aria-labelledby="participation-h">
        <h2 id="participation-h">{t("participation")}</h2>
        <p className="meta">{t("liveNote")}</p>
        <ParticipationTable campaignId={campaign.id} organisationId={organisation.id} live={open} />
      </section>
      {open ? (
        <>
          <InviteForm campaignId={campaign.id} organisation={organisation} campaignName={campaign.name} />
          <Reminders campaignId={campaign.id} organisationId={organisation.id} />
          {campaign.kind === "self" ? <CloseCampaign campaignId={campaign.id} /> : null}
        </>
      ) : (
        <p>{t("campaignClosed")}</p>
      )}
      <InvitationRegister
        campaignId={campaign.id}
        organisationId={organisation.id}
        organisation={organisation.name}
        campaign={campaign.name}
        open={open}
      />
    </>
  );
}
