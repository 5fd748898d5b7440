import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";
import { type Me, useTRPC } from "../lib/trpc.js";

const text = {
  nl: { title: "Onderzoeksconsole", waves: "Golven", none: "Nog geen golven.", population: "besturen" },
  en: { title: "Research console", waves: "Waves", none: "No waves yet.", population: "organisations" },
} as const satisfies Messages<string>;

/** The researcher and admin console. */
export function ConsoleApp(_: { me: Me; path: string }): ReactNode {
  const t = useMessages(text);
  const trpc = useTRPC();
  const waves = useQuery(trpc.campaigns.waves.queryOptions());
  return (
    <>
      <h1>{t("title")}</h1>
      <h2>{t("waves")}</h2>
      {waves.data?.length === 0 ? <p>{t("none")}</p> : null}
      <ul>
        {waves.data?.map((w) => (
          <li key={w.id}>
            {w.name} — {w.population} {t("population")}
          </li>
        ))}
      </ul>
    </>
  );
}
