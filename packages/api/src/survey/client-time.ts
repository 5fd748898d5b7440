/** How far ahead of the server a respondent's clock may be before its times are not believed. */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * The time an answer counts as given: the respondent's own time, unless it lies more than
 * CLOCK_TOLERANCE_MS ahead of the server, then the server's. Last write wins by these times, so a
 * device with a clock running ahead (or a year-9999 save) cannot freeze an answer.
 */
export function answerTime(clientAt: string, now: Date): string {
  const at = new Date(clientAt);
  return at.getTime() > now.getTime() + CLOCK_TOLERANCE_MS ? now.toISOString() : at.toISOString();
}
