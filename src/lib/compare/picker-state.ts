/**
 * The compare picker's choice as it lives in the URL (`?a=role&b=role`), so a chosen pair can be
 * shared, bookmarked and restored on reload. Pure: the page script passes in what it reads.
 */
export interface PickerChoice {
  a: string;
  b: string;
}

/**
 * The pair a query asks for, or the default. Unknown ids fall back to the default, and a role is
 * never compared with itself: if both name the same role, the second becomes the first role
 * that differs from it.
 */
export function readChoice(search: string, roleIds: readonly string[], fallback: PickerChoice): PickerChoice {
  const params = new URLSearchParams(search);
  const known = (id: string | null, otherwise: string) => (id !== null && roleIds.includes(id) ? id : otherwise);
  const a = known(params.get('a'), fallback.a);
  let b = known(params.get('b'), fallback.b);
  if (a === b) b = roleIds.find((id) => id !== a) ?? b;
  return { a, b };
}

/** The query string for a choice, ready for history.replaceState. */
export function writeChoice(choice: PickerChoice): string {
  return `?${new URLSearchParams({ a: choice.a, b: choice.b }).toString()}`;
}
