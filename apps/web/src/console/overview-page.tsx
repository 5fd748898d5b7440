import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { Link } from "../lib/router.js";
import { QueryState } from "../ui/query-state.js";
import { WAVE_SECTIONS } from "./sections.js";
import { ShortHash } from "./short-hash.js";
import { useConsoleText } from "./use-console-text.js";
import { useWaves } from "./use-waves.js";

const text = {
  nl: {
    title: "Onderzoeksconsole",
    intro:
      "Stel instrumenten samen uit plugins, voer bevragingen uit over een populatie van besturen, volg de respons op, analyseer en exporteer de gegevens.",
    waves: "Bevragingen",
    population: "{n} besturen",
    opens: "Open van {from} tot {to}",
    instrument: "Instrument: {title}",
  },
  en: {
    title: "Research console",
    intro:
      "Build instruments from plugins, run waves over a population of local governments, follow the response, analyse and export the data.",
    waves: "Waves",
    population: "{n} organisations",
    opens: "Open from {from} to {to}",
    instrument: "Instrument: {title}",
  },
} as const satisfies Messages<string>;

export function OverviewPage(): ReactNode {
  const t = useMessages(text);
  const c = useConsoleText();
  const f = useFormatter();
  const waves = useWaves();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("waves")}</h2>
      <QueryState query={waves} />
      {waves.data?.length === 0 ? <p>{c("noCampaigns")}</p> : null}
      <ul className="wave-list">
        {waves.data?.map((w) => (
          <li key={w.id} className="card">
            <h3>{w.name}</h3>
            <p>
              {c(w.status)} · {t("population", { n: w.population })} ·{" "}
              {t("opens", { from: f.dateTime(w.opensAt), to: f.dateTime(w.closesAt) })}
            </p>
            <p>
              {t("instrument", { title: w.instrumentTitle })} <ShortHash hash={w.instrumentHash} />
            </p>
            <ul className="inline-links">
              {WAVE_SECTIONS.map((s) => (
                <li key={s}>
                  <Link to={`/console/waves/${w.id}/${s}`}>
                    {c(s)}
                    <span className="visually-hidden"> — {w.name}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
