/** Fixed-window counters (login attempts), shared by every server instance. */
export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}
