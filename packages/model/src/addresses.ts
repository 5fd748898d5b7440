/**
 * E-mail addresses as a key user pastes them: one per line, or separated by `,` or `;`, bare
 * (`an@example.org`) or as a mail program copies them (`An Janssens <an@example.org>`,
 * `"Janssens, An" <an@example.org>`). The one parser of such a list: the portal checks a paste with
 * it before sending, the API validates every entry with it. Zod-free and side-effect-free.
 */

/** Local part and domain as mail servers accept them in practice; the domain ends in a name of 2+ letters. */
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
/** RFC 5321's limit on an address. */
export const MAX_ADDRESS_LENGTH = 254;
/** `Display Name <address>`: the address is what stands between the angle brackets. */
const NAMED = /^[^<>]*<([^<>]*)>$/;

/** Whether `text` is one e-mail address (no name, no brackets). */
export function isAddress(text: string): boolean {
  return text.length <= MAX_ADDRESS_LENGTH && ADDRESS.test(text);
}

/** What two spellings of one address have in common: the comparison is case-insensitive. */
export function addressKey(address: string): string {
  return address.toLowerCase();
}

/**
 * The address of one entry — bare or `Name <address>` — as it was typed (case kept, spaces around
 * it trimmed), or null when the entry is not one address.
 */
export function addressOf(entry: string): string | null {
  const trimmed = entry.trim();
  const named = NAMED.exec(trimmed);
  const address = (named ? (named[1] ?? "") : trimmed).trim();
  return isAddress(address) ? address : null;
}

/** One address of a paste, with the line it stood on (from 1) and the entry it was read from. */
export interface PastedAddress {
  address: string;
  line: number;
  entry: string;
}

export interface ParsedAddresses {
  /** Each address once, in the order first pasted. */
  addresses: PastedAddress[];
  /** Later occurrences of an address already in `addresses` (compared case-insensitively). */
  repeated: PastedAddress[];
  /** Entries that are not an address, with their line. */
  problems: { entry: string; line: number }[];
}

/**
 * Splits a paste into entries: at line breaks, and at `,` and `;` outside double quotes and angle
 * brackets (a display name may hold a comma). Entries without angle brackets are further split at
 * spaces, so `a@x.org b@y.org` is two addresses.
 */
function entries(text: string): { entry: string; line: number }[] {
  const found: { entry: string; line: number }[] = [];
  let line = 1;
  let current = "";
  let quoted = false;
  let bracketed = false;
  const end = (): void => {
    const entry = current.trim();
    current = "";
    if (entry === "") return;
    if (entry.includes("<") || entry.includes('"')) found.push({ entry, line });
    else for (const word of entry.split(/\s+/)) found.push({ entry: word, line });
  };
  for (const char of text) {
    if (char === "\n") {
      end();
      line += 1;
      quoted = false;
      bracketed = false;
      continue;
    }
    if (char === '"' && !bracketed) quoted = !quoted;
    else if (char === "<" && !quoted) bracketed = true;
    else if (char === ">" && !quoted) bracketed = false;
    else if ((char === "," || char === ";") && !quoted && !bracketed) {
      end();
      continue;
    }
    current += char;
  }
  end();
  return found;
}

/** Reads a pasted list of addresses: each address once, the repeats, and what is not an address. */
export function parseAddressList(text: string): ParsedAddresses {
  const parsed: ParsedAddresses = { addresses: [], repeated: [], problems: [] };
  const seen = new Set<string>();
  for (const { entry, line } of entries(text)) {
    const address = addressOf(entry);
    if (address === null) {
      parsed.problems.push({ entry, line });
      continue;
    }
    const key = addressKey(address);
    (seen.has(key) ? parsed.repeated : parsed.addresses).push({ address, line, entry });
    seen.add(key);
  }
  return parsed;
}
