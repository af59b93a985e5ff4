/** Lookup tables over the planner's data, and the one way a missing entry is reported. */
import type { PlannerData, PlannerIndex, PlannerPay, PlannerRole } from './types';

/** Lookup tables over the data, built once and reused for every plan. */
export function indexData(data: PlannerData): PlannerIndex {
  return {
    data,
    roles: new Map(data.roles.map((r) => [r.id, r])),
    pay: new Map(data.pay.map((p) => [p.id, p])),
    guides: new Map(data.guides.map((g) => [g.slug, g])),
    faqs: new Map(data.faqs.map((f) => [f.key, f])),
    compares: new Set(data.compares),
  };
}

export function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Planner data has no ${what} "${key}"`);
  return value;
}

/** The pay rows a role cites, primary first. */
export function citedPay(index: PlannerIndex, role: PlannerRole): PlannerPay[] {
  return role.pay.map((id) => lookup(index.pay, id, 'pay row'));
}
