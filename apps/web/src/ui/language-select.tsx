import type { ReactNode } from "react";
import { LOCALE_NAMES, LOCALES, type Locale } from "../i18n/messages.js";
import { SelectField } from "./select-field.js";

/** A labelled choice of one of the app's languages, each named in itself. */
export function LanguageSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Locale;
  onChange(locale: Locale): void;
}): ReactNode {
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      options={LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code] }))}
      onChange={onChange}
    />
  );
}
