import type { z } from "zod";
import type { Locale, Localized } from "./localized.js";

type Issue = z.core.$ZodIssue;

const TYPES: Record<string, Localized> = {
  string: { en: "text", nl: "tekst" },
  number: { en: "a number", nl: "een getal" },
  int: { en: "a whole number", nl: "een geheel getal" },
  boolean: { en: "yes or no", nl: "ja of nee" },
  array: { en: "a list", nl: "een lijst" },
  object: { en: "an object", nl: "een object" },
  date: { en: "a date", nl: "een datum" },
};

const FORMATS: Record<string, Localized> = {
  email: { en: "is not a valid e-mail address", nl: "is geen geldig e-mailadres" },
  url: { en: "is not a valid web address", nl: "is geen geldig webadres" },
  datetime: { en: "is not a valid date and time", nl: "is geen geldige datum en tijd" },
  date: { en: "is not a valid date", nl: "is geen geldige datum" },
};

const INVALID: Localized = { en: "has an invalid value", nl: "heeft een ongeldige waarde" };

const bound = (value: unknown): string => (typeof value === "bigint" ? value.toString() : String(value));

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): Localized {
  const min = bound(issue.minimum);
  if (issue.origin === "string")
    return min === "1"
      ? { en: "must not be empty", nl: "mag niet leeg zijn" }
      : { en: `must have at least ${min} characters`, nl: `moet minstens ${min} tekens hebben` };
  if (issue.origin === "array" || issue.origin === "set")
    return { en: `must contain at least ${min} entries`, nl: `moet minstens ${min} elementen bevatten` };
  if (issue.inclusive) return { en: `must be at least ${min}`, nl: `moet minstens ${min} zijn` };
  return { en: `must be greater than ${min}`, nl: `moet groter zijn dan ${min}` };
}

function tooBig(issue: Extract<Issue, { code: "too_big" }>): Localized {
  const max = bound(issue.maximum);
  if (issue.origin === "string")
    return { en: `must have at most ${max} characters`, nl: `mag hoogstens ${max} tekens hebben` };
  if (issue.origin === "array" || issue.origin === "set")
    return { en: `must contain at most ${max} entries`, nl: `mag hoogstens ${max} elementen bevatten` };
  if (issue.inclusive) return { en: `must be at most ${max}`, nl: `mag hoogstens ${max} zijn` };
  return { en: `must be less than ${max}`, nl: `moet kleiner zijn dan ${max}` };
}

function wordIssue(issue: Issue): Localized {
  switch (issue.code) {
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_type": {
      const expected = TYPES[issue.expected];
      return expected ? { en: `must be ${expected.en}`, nl: `moet ${expected.nl} zijn` } : INVALID;
    }
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return { en: `must be one of: ${values}`, nl: `moet een van deze waarden zijn: ${values}` };
    }
    case "invalid_format":
      return FORMATS[issue.format] ?? { en: "does not have the right form", nl: "heeft niet de juiste vorm" };
    case "not_multiple_of":
      return {
        en: `must be a multiple of ${bound(issue.divisor)}`,
        nl: `moet een veelvoud zijn van ${bound(issue.divisor)}`,
      };
    case "unrecognized_keys":
      return {
        en: `unknown fields: ${issue.keys.join(", ")}`,
        nl: `onbekende velden: ${issue.keys.join(", ")}`,
      };
    default:
      return INVALID;
  }
}

/**
 * A validation problem in plain words, in the reader's language (the field is named by the caller).
 * Zod's own texts are terse and partly untranslated; these cover what Maturo's inputs can raise, and
 * anything else falls back to a general sentence rather than a technical one. The one place that
 * words input validation; every other message a person reads is in catalogue.ts.
 */
export function issueMessage(issue: Issue, locale: Locale): string {
  return wordIssue(issue)[locale];
}
