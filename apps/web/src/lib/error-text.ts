import { TRPCClientError } from "@trpc/client";
import type { Locale } from "../i18n/messages.js";

const TEXT = {
  nl: {
    UNAUTHORIZED: "U bent niet (meer) aangemeld. Meld u opnieuw aan.",
    FORBIDDEN: "U hebt geen toegang tot dit onderdeel.",
    NOT_FOUND: "Dit werd niet gevonden; misschien is het verwijderd.",
    TOO_MANY_REQUESTS: "Te veel pogingen na elkaar. Probeer het later opnieuw.",
    CONFLICT: "Dit bestaat al of werd intussen gewijzigd",
    PRECONDITION_FAILED: "Dit kan nu niet",
    BAD_REQUEST: "De invoer klopt niet",
    NETWORK: "De server is niet bereikbaar. Controleer de verbinding en probeer opnieuw.",
    OTHER: "Er ging iets mis aan de kant van de server. Probeer het opnieuw.",
  },
  en: {
    UNAUTHORIZED: "You are not (or no longer) logged in. Please log in again.",
    FORBIDDEN: "You do not have access to this.",
    NOT_FOUND: "This was not found; it may have been removed.",
    TOO_MANY_REQUESTS: "Too many attempts in a row. Please try again later.",
    CONFLICT: "This already exists or was changed in the meantime",
    PRECONDITION_FAILED: "This is not possible now",
    BAD_REQUEST: "The input is not right",
    NETWORK: "The server cannot be reached. Check the connection and try again.",
    OTHER: "Something went wrong on the server. Please try again.",
  },
} as const;

/** What an error code means, in the reader's language (for a problem the page finds itself). */
export function errorCodeText(code: keyof (typeof TEXT)["en"], locale: Locale): string {
  return TEXT[locale][code];
}

/**
 * A server error in the reader's language. Codes become whole sentences; for input problems the
 * server's detail (which names the field, row or column) follows the translated lead.
 */
export function errorText(error: unknown, locale: Locale): string {
  const text = TEXT[locale];
  if (!(error instanceof TRPCClientError)) return text.NETWORK;
  const code = (error.data as { code?: string } | undefined)?.code;
  switch (code) {
    case "UNAUTHORIZED":
    case "FORBIDDEN":
    case "NOT_FOUND":
    case "TOO_MANY_REQUESTS":
      return text[code];
    case "CONFLICT":
    case "PRECONDITION_FAILED":
    case "BAD_REQUEST":
      return `${text[code]}: ${error.message}`;
    case undefined:
      return text.NETWORK;
    default:
      return text.OTHER;
  }
}
