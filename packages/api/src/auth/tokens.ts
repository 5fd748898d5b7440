import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";

/** A random token for links and cookies: 32 bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A short random id shown to researchers instead of anything identifying. */
export function newPseudonym(): string {
  return `R${randomBytes(6).toString("hex").toUpperCase()}`;
}

/** How tokens are stored: a keyed hash, so a leaked database cannot be turned into working links. */
export function hashToken(secret: string, token: string): string {
  return createHmac("sha256", secret).update(token).digest("hex");
}

/** The keyed hashes of the tokens hashed last, for the secret they were hashed with. */
let remembered = { secret: "", hashes: new Map<string, string>() };
const REMEMBERED_HASHES = 4096;

/**
 * hashToken for the keys a respondent sends with every autosave (the link token, the device key),
 * remembering the last few thousand results so that a save computes no HMAC. It keeps only what
 * hashToken would return: every check still looks the hash up in the database, so a revoked link
 * or a removed device is refused as before. Not for one-off secrets (reset tokens, resume codes).
 */
export function hashRespondentToken(secret: string, token: string): string {
  if (remembered.secret !== secret) remembered = { secret, hashes: new Map() };
  let hash = remembered.hashes.get(token);
  if (hash === undefined) {
    hash = hashToken(secret, token);
    if (remembered.hashes.size >= REMEMBERED_HASHES) remembered.hashes.clear();
    remembered.hashes.set(token, hash);
  }
  return hash;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function sealKey(secret: string): Buffer {
  return createHash("sha256").update(`maturo-seal:${secret}`).digest();
}

/** AES-256-GCM: `iv.ciphertext.tag`, base64url. */
export function sealToken(secret: string, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealKey(secret), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return [iv, body, cipher.getAuthTag()].map((b) => b.toString("base64url")).join(".");
}

export function unsealToken(secret: string, sealed: string): string {
  const [iv, body, tag] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !body || !tag) throw new Error("malformed sealed token");
  const decipher = createDecipheriv("aes-256-gcm", sealKey(secret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
