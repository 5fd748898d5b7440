import type { ReactNode } from "react";

/** An instrument hash (`sha256:…`) shortened to its first 12 hex digits. */
export function shortHash(hash: string): string {
  const colon = hash.indexOf(":");
  const short = hash.slice(0, colon + 1 + 12);
  return short.length < hash.length ? `${short}…` : hash;
}

/** A short instrument hash; the whole hash is in its title (and copyable on the instruments page). */
export function ShortHash({ hash }: { hash: string }): ReactNode {
  return (
    <code className="hash" title={hash}>
      {shortHash(hash)}
    </code>
  );
}
