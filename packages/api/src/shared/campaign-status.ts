/** Where a campaign stands for everyone who sees it: not yet open, open, or closed. */
export type CampaignStatus = "scheduled" | "open" | "closed";

/**
 * A campaign's status from its dates (docs/decisions.md, "Campaign status comes from its dates"): closed
 * when closed by hand or when its closing date has passed, scheduled before its opening date, open
 * in between. The stored `status` only records a close by hand.
 */
export function campaignStatus(
  campaign: { status: "open" | "closed"; opensAt: string; closesAt: string | null },
  now: Date,
): CampaignStatus {
  const at = now.toISOString();
  if (campaign.status === "closed" || (campaign.closesAt !== null && campaign.closesAt <= at))
    return "closed";
  return campaign.opensAt > at ? "scheduled" : "open";
}

/** Rows with their stored status replaced by the status their dates give at `now`. */
export function withDerivedStatus<
  T extends { status: "open" | "closed"; opensAt: string; closesAt: string | null },
>(rows: readonly T[], now: Date): (Omit<T, "status"> & { status: CampaignStatus })[] {
  return rows.map((row) => ({ ...row, status: campaignStatus(row, now) }));
}
