import type { Insertable, Selectable, Updateable } from "kysely";

/** Fixed-window counters (login attempts), shared by every server instance. */
export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

export type RateLimit = Selectable<RateLimitsTable>;
export type NewRateLimit = Insertable<RateLimitsTable>;
export type RateLimitUpdate = Updateable<RateLimitsTable>;
