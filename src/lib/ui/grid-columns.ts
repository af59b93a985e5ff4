/**
 * How many columns a grid of `count` cards gets on a wide screen, at most `max`: the widest
 * choice whose last row is full or short by one, so no card sits alone on its row
 * (five cards in three columns, not four plus one).
 */
export function gridColumns(count: number, max = 4): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`gridColumns: expected a whole count of cards, got ${count}`);
  if (count <= max) return Math.max(1, count);
  for (let cols = max; cols >= 2; cols--) {
    const rest = count % cols;
    if (rest === 0 || rest >= cols - 1) return cols;
  }
  return 2;
}
