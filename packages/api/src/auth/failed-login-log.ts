import type { Context } from "../context.js";
import { hashToken } from "./tokens.js";

/**
 * The network an address belongs to, never the address itself: IPv4 to its /24, IPv6 to its /48.
 * Enough to see that failures come from one place, not enough to name a person.
 */
export function truncatedAddress(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (ip.includes(":")) {
    const [head = ""] = ip.split("::");
    const groups = head.split(":").filter((g) => g !== "");
    return `${[...groups, "0", "0", "0"].slice(0, 3).join(":")}::/48`;
  }
  return "unknown";
}

/**
 * One log line per refused login: which account (a keyed hash, so lines of one account group
 * together without the address in the log), from which network, and why. Never the password.
 */
export function logFailedLogin(
  ctx: Pick<Context, "logger" | "secret" | "ip">,
  email: string,
  reason: "wrong-credentials" | "throttled",
): void {
  ctx.logger?.warn("login failed", {
    account: hashToken(ctx.secret, `login:${email}`).slice(0, 16),
    network: truncatedAddress(ctx.ip),
    reason,
  });
}
