/**
 * What two roles' lists (skills, certifications) have apart and in common. Pure and free of data
 * loading, so the compare page's any-pair picker runs it in the browser; compareRoles() in
 * lib/ladder/index.ts uses it at build time for the static comparison pages.
 */
export interface Difference {
  onlyA: string[];
  onlyB: string[];
  shared: string[];
}

export function difference(a: readonly string[], b: readonly string[]): Difference {
  return {
    onlyA: a.filter((x) => !b.includes(x)),
    onlyB: b.filter((x) => !a.includes(x)),
    shared: a.filter((x) => b.includes(x)),
  };
}
