import type { Me } from "../lib/trpc.js";

/** Where a logged-in user's work starts: key users in the portal, researchers and admins in the console. */
export function homePathFor(role: Me["role"]): "/portal" | "/console" {
  return role === "keyuser" ? "/portal" : "/console";
}
