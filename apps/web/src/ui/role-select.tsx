import { ROLE_LABELS, ROLES, type Role } from "@maturo/model/vocabulary";
import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { type ChoiceProps, SelectField } from "./select-field.js";

/** A labelled choice of a respondent role, named in the reader's language. */
export function RoleSelect(props: ChoiceProps<Role>): ReactNode {
  const { locale } = useLocale();
  return (
    <SelectField
      {...props}
      options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[locale][role] }))}
    />
  );
}
