import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";
import { type Me, useTRPC } from "../lib/trpc.js";

const text = {
  nl: {
    title: "Uw bestuur",
    campaigns: "Bevragingen",
    none: "Nog geen bevragingen.",
    open: "lopend",
    closed: "afgesloten",
  },
  en: {
    title: "Your organisation",
    campaigns: "Campaigns",
    none: "No campaigns yet.",
    open: "open",
    closed: "closed",
  },
} as const satisfies Messages<string>;

/** The municipality portal of a key user. */
export function PortalApp({ me }: { me: Me; path: string }): ReactNode {
  const t = useMessages(text);
  const organisation = me.organisations[0];
  const trpc = useTRPC();
  const campaigns = useQuery({
    ...trpc.campaigns.forOrganisation.queryOptions({ organisationId: organisation?.id ?? 0 }),
    enabled: organisation !== undefined,
  });
  return (
    <>
      <h1>{organisation?.name ?? t("title")}</h1>
      <h2>{t("campaigns")}</h2>
      {campaigns.data?.length === 0 ? <p>{t("none")}</p> : null}
      <ul>
        {campaigns.data?.map((c) => (
          <li key={c.id}>
            {c.name} ({c.status === "open" ? t("open") : t("closed")})
          </li>
        ))}
      </ul>
    </>
  );
}
