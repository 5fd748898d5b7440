import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";

const text = {
  nl: {
    hint: "Typ een deel van de naam of de code en kies uit de lijst.",
    unknown: "Kies een organisatie uit de lijst: “{text}” is geen naam of code van een organisatie.",
  },
  en: {
    hint: "Type part of the name or the code and choose from the list.",
    unknown: "Choose an organisation from the list: “{text}” is not the name or code of an organisation.",
  },
} as const satisfies Messages<string>;

export interface PickableOrganisation {
  id: number;
  code: string;
  name: string;
}

/** How an organisation appears in the list (and in the field once chosen). */
export function organisationOption(organisation: PickableOrganisation): string {
  return `${organisation.name} (${organisation.code})`;
}

/** The organisation typed: "name (code)" as listed, or exactly its code or its (unique) name. */
export function findOrganisation<O extends PickableOrganisation>(
  typed: string,
  organisations: readonly O[],
): O | undefined {
  const wanted = typed.trim().toLocaleLowerCase();
  if (!wanted) return undefined;
  const exact = organisations.find(
    (o) => organisationOption(o).toLocaleLowerCase() === wanted || o.code.toLocaleLowerCase() === wanted,
  );
  if (exact) return exact;
  const byName = organisations.filter((o) => o.name.toLocaleLowerCase() === wanted);
  return byName.length === 1 ? byName[0] : undefined;
}

/**
 * One organisation out of hundreds: a text field with a `<datalist>` the browser filters as one
 * types. The caller labels it (`<label htmlFor={id}>`) and resolves the text with `findOrganisation`;
 * `unknown` shows, next to the field, that the text matched none.
 */
export function OrganisationPicker({
  id,
  organisations,
  value,
  onChange,
  unknown,
  required = false,
  compact = false,
}: {
  id: string;
  organisations: readonly PickableOrganisation[];
  value: string;
  onChange: (value: string) => void;
  unknown: boolean;
  required?: boolean;
  /** In a table row: the hint only for screen readers. */
  compact?: boolean;
}): ReactNode {
  const t = useMessages(text);
  return (
    <>
      <input
        id={id}
        list={`${id}-list`}
        autoComplete="off"
        required={required}
        size={compact ? 18 : 28}
        value={value}
        aria-invalid={unknown || undefined}
        aria-describedby={unknown ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={`${id}-list`}>
        {organisations.map((o) => (
          <option key={o.id} value={organisationOption(o)} />
        ))}
      </datalist>
      <span id={`${id}-hint`} className={compact ? "visually-hidden" : "hint"}>
        {t("hint")}
      </span>
      {unknown ? (
        <span id={`${id}-error`} role="alert" className="error">
          {t("unknown", { text: value })}
        </span>
      ) : null}
    </>
  );
}
