import { ROLE_LABELS, ROLES, type Role } from "@maturo/model/vocabulary";
import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { SelectField } from "./select-field.js";

/** A labelled choice of a respondent role, named in the reader's language. */
export function RoleSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Role;
  onChange(role: Role): void;
}): ReactNode {
  const { locale } = useLocale();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[locale][role] }))}
      onChange={onChange}
    />
  );
}
