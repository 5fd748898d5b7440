import type { ReactNode } from "react";

/** An e-mail address that may wrap before its `@` (and nowhere else), so narrow columns stay readable. */
export function Email({ address }: { address: string | null }): ReactNode {
  if (!address) return "—";
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  return (
    <>
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </>
  );
}
