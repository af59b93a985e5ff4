/**
 * The plan kept in this browser, so /planner/ opened again without a query string comes back to
 * it. It holds the same query string the URL does. Storage can be full, blocked or switched off:
 * then the plan lives in the URL alone, and nothing breaks.
 */
const KEY = 'pm-pathways:planner';

export function loadPlan(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function savePlan(query: string): void {
  try {
    if (query === '') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, query);
  } catch {
    // Nowhere to keep it: the URL still holds the plan.
  }
}

export function clearPlan(): void {
  savePlan('');
}
