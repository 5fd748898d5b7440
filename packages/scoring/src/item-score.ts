/**
 * The score (0–100) of answer x on a k-point scale: (x − 1)/(k − 1) × 100, or (k − x)/(k − 1) × 100
 * when the item is reverse-coded. The one place the item formula lives; the fast path tabulates it.
 */
export function itemScore(x: number, points: number, reverse: boolean): number {
  return ((reverse ? points - x : x - 1) / (points - 1)) * 100;
}

/**
 * Whether answer x counts as positive: x is one of the scale's positive points, or for a
 * reverse-coded item its mirror k + 1 − x is.
 */
export function isPositiveAnswer(
  x: number,
  points: number,
  positive: readonly number[],
  reverse: boolean,
): boolean {
  return positive.includes(reverse ? points + 1 - x : x);
}
