import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { LOCALES } from "../i18n/messages.js";

const NAMES = { nl: "Nederlands", en: "English" } as const;

export function LanguageSwitch(): ReactNode {
  const { locale, setLocale, t } = useLocale();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("language")}</legend>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === locale}
          onClick={() => setLocale(code)}
        >
          {NAMES[code]}
        </button>
      ))}
    </fieldset>
  );
}
