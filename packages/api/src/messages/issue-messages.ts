import type { z } from "zod";
import type { Locale } from "./localized.js";

type Issue = z.core.$ZodIssue;

const TYPES: Record<string, { en: string; nl: string }> = {
  string: { en: "text", nl: "tekst" },
  number: { en: "a number", nl: "een getal" },
  int: { en: "a whole number", nl: "een geheel getal" },
  boolean: { en: "yes or no", nl: "ja of nee" },
  array: { en: "a list", nl: "een lijst" },
  object: { en: "an object", nl: "een object" },
  date: { en: "a date", nl: "een datum" },
};

const FORMATS: Record<string, { en: string; nl: string }> = {
  email: { en: "is not a valid e-mail address", nl: "is geen geldig e-mailadres" },
  url: { en: "is not a valid web address", nl: "is geen geldig webadres" },
  datetime: { en: "is not a valid date and time", nl: "is geen geldige datum en tijd" },
  date: { en: "is not a valid date", nl: "is geen geldige datum" },
};

const bound = (value: unknown): string => (typeof value === "bigint" ? value.toString() : String(value));

/**
 * A validation problem in plain words, in the reader's language (the field is named by the caller).
 * Zod's own texts are terse and partly untranslated; these cover what Maturo's inputs can raise, and
 * anything else falls back to a general sentence rather than a technical one.
 */
export function issueMessage(issue: Issue, locale: Locale): string {
  const nl = locale === "nl";
  switch (issue.code) {
    case "too_small": {
      const min = bound(issue.minimum);
      if (issue.origin === "string")
        return min === "1"
          ? nl
            ? "mag niet leeg zijn"
            : "must not be empty"
          : nl
            ? `moet minstens ${min} tekens hebben`
            : `must have at least ${min} characters`;
      if (issue.origin === "array" || issue.origin === "set")
        return nl ? `moet minstens ${min} elementen bevatten` : `must contain at least ${min} entries`;
      if (issue.inclusive) return nl ? `moet minstens ${min} zijn` : `must be at least ${min}`;
      return nl ? `moet groter zijn dan ${min}` : `must be greater than ${min}`;
    }
    case "too_big": {
      const max = bound(issue.maximum);
      if (issue.origin === "string")
        return nl ? `mag hoogstens ${max} tekens hebben` : `must have at most ${max} characters`;
      if (issue.origin === "array" || issue.origin === "set")
        return nl ? `mag hoogstens ${max} elementen bevatten` : `must contain at most ${max} entries`;
      if (issue.inclusive) return nl ? `mag hoogstens ${max} zijn` : `must be at most ${max}`;
      return nl ? `moet kleiner zijn dan ${max}` : `must be less than ${max}`;
    }
    case "invalid_type": {
      const expected = TYPES[issue.expected];
      if (!expected) return nl ? "heeft een ongeldige waarde" : "has an invalid value";
      return nl ? `moet ${expected.nl} zijn` : `must be ${expected.en}`;
    }
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return nl ? `moet een van deze waarden zijn: ${values}` : `must be one of: ${values}`;
    }
    case "invalid_format": {
      const format = FORMATS[issue.format];
      if (format) return format[locale];
      return nl ? "heeft niet de juiste vorm" : "does not have the right form";
    }
    case "not_multiple_of":
      return nl
        ? `moet een veelvoud zijn van ${bound(issue.divisor)}`
        : `must be a multiple of ${bound(issue.divisor)}`;
    case "unrecognized_keys":
      return nl ? `onbekende velden: ${issue.keys.join(", ")}` : `unknown fields: ${issue.keys.join(", ")}`;
    default:
      return nl ? "heeft een ongeldige waarde" : "has an invalid value";
  }
}
