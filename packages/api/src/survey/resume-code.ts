import { randomInt } from "node:crypto";

/** Letters and digits nobody confuses when copying by hand (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
const ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
const LENGTH = 8;

/**
 * A resume code: 8 characters shown as two groups of four (about 37 bits; guesses are throttled per
 * link, so this is plenty). Only its keyed hash is stored.
 */
export function newResumeCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A code as typed: case, spaces and dashes do not matter. */
export function normalizeResumeCode(input: string): string {
  const plain = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}
