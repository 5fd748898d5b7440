import { type Locale, type LocalizedText, ROLE_LABELS, type Role } from "@maturo/model";

/** Fixed texts of an export, per language; any other locale falls back to English. */
interface ExportTexts {
  readonly respondentId: string;
  readonly organisationCode: string;
  readonly organisationName: string;
  readonly organisationPseudonym: string;
  readonly province: string;
  readonly sizeClass: string;
  readonly role: string;
  readonly submittedAt: string;
  readonly submittedOn: string;
  readonly roles: Readonly<Record<Role, string>>;
  readonly dontKnow: string;
  readonly notAnswered: string;
  readonly notAsked: string;
  readonly score: (node: string) => string;
}

const TEXTS: Readonly<Record<"nl" | "en", ExportTexts>> = {
  en: {
    respondentId: "Respondent (pseudonymous id)",
    organisationCode: "Organisation code",
    organisationName: "Organisation",
    organisationPseudonym: "Organisation (pseudonym, this campaign only)",
    province: "Province",
    sizeClass: "Size class",
    role: "Role",
    submittedAt: "Submitted at (UTC)",
    submittedOn: "Submitted on (UTC date)",
    roles: ROLE_LABELS.en,
    dontKnow: "Don't know",
    notAnswered: "Not answered",
    notAsked: "Not asked",
    score: (node) => `Score ${node} (0-100)`,
  },
  nl: {
    respondentId: "Respondent (pseudoniem)",
    organisationCode: "Code organisatie",
    organisationName: "Organisatie",
    organisationPseudonym: "Organisatie (pseudoniem, alleen deze campagne)",
    province: "Provincie",
    sizeClass: "Grootteklasse",
    role: "Rol",
    submittedAt: "Ingediend op (UTC)",
    submittedOn: "Ingediend op (datum, UTC)",
    roles: ROLE_LABELS.nl,
    dontKnow: "Weet niet",
    notAnswered: "Niet beantwoord",
    notAsked: "Niet gevraagd",
    score: (node) => `Score ${node} (0-100)`,
  },
};

export function exportTexts(locale: Locale): ExportTexts {
  return locale === "nl" ? TEXTS.nl : TEXTS.en;
}

/** The text in `locale`, else English, else any language, else the fallback. */
export function localize(text: LocalizedText | null | undefined, locale: Locale, fallback: string): string {
  if (!text) return fallback;
  return text[locale] ?? text.en ?? Object.values(text)[0] ?? fallback;
}
