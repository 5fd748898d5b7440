import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { LOCALE_NAMES, LOCALES } from "../i18n/messages.js";

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
          {LOCALE_NAMES[code]}
        </button>
      ))}
    </fieldset>
  );
}
