import { createHmac } from "node:crypto";

/**
 * The organisation's pseudonym in one campaign's research export: an HMAC of its id under the
 * campaign's own key, so it is the same in every export of that campaign and cannot be linked to the
 * pseudonym of the same organisation in another campaign (docs/decisions.md, "Pseudonymised research
 * exports").
 */
export function organisationPseudonym(campaignKey: string, organisationId: number): string {
  return `org-${createHmac("sha256", campaignKey).update(String(organisationId)).digest("hex").slice(0, 12)}`;
}
