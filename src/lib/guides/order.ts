/**
 * The order guides are read in, for "previous" and "next" links: from the guide whose roles sit
 * lowest on the ladders to the one whose roles sit highest (the mean rung of the roles it covers,
 * entry roles counting as rung 0), ties by title. A reader moves up the career as they page on.
 */
export interface OrderableGuide {
  id: string;
  title: string;
  roles: readonly string[];
}

export function guideReadingOrder<G extends OrderableGuide>(guides: readonly G[], levelOf: (roleId: string) => number): G[] {
  const mean = (g: G) => (g.roles.length === 0 ? Infinity : g.roles.reduce((sum, id) => sum + levelOf(id), 0) / g.roles.length);
  return [...guides].sort((a, b) => mean(a) - mean(b) || a.title.localeCompare(b.title));
}

/** The guides either side of `id` in reading order; undefined at either end. */
export function guideNeighbours<G extends OrderableGuide>(
  ordered: readonly G[],
  id: string,
): { previous?: G | undefined; next?: G | undefined } {
  const at = ordered.findIndex((g) => g.id === id);
  if (at === -1) throw new Error(`guideNeighbours: no guide "${id}" in the reading order`);
  return { previous: ordered[at - 1], next: ordered[at + 1] };
}
