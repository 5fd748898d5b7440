import type { ReactNode } from "react";
import { LOCALE_NAMES, LOCALES, type Locale } from "../i18n/messages.js";
import { type ChoiceProps, SelectField } from "./select-field.js";

/** A labelled choice of one of the app's languages, each named in itself. */
export function LanguageSelect(props: ChoiceProps<Locale>): ReactNode {
  return (
    <SelectField {...props} options={LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code] }))} />
  );
}
