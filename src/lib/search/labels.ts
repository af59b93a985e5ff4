/**
 * Names a reader sees for the `type` filter values BaseLayout's `searchType` writes into the index,
 * in the order the filters list them: the pages people come for first, summaries of them last.
 */
const TYPE_LABELS: Record<string, { one: string; many: string }> = {
  guide: { one: 'Guide', many: 'Guides' },
  role: { one: 'Role', many: 'Roles' },
  faq: { one: 'FAQ', many: 'FAQs' },
  pay: { one: 'Pay and outlook', many: 'Pay and outlook' },
  skill: { one: 'Skill', many: 'Skills' },
  glossary: { one: 'Glossary', many: 'Glossary' },
  certification: { one: 'Certification comparison', many: 'Certifications' },
  ladder: { one: 'Career ladder', many: 'Career ladders' },
  compare: { one: 'Comparison', many: 'Comparisons' },
  plan: { one: 'Career plan', many: 'Career plans' },
};

const TYPE_ORDER = Object.keys(TYPE_LABELS);

/** Legends for filter groups; a filter not listed here shows its own name with a capital letter. */
const FILTER_LEGENDS: Record<string, string> = { type: 'Type', track: 'Track' };
const FILTER_ORDER = ['type', 'track'];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A page indexed without a type still gets a reader's word for what it is. */
const UNTYPED = 'Other page';

export function typeLabel(type: string | undefined): string {
  if (!type) return UNTYPED;
  return TYPE_LABELS[type]?.one ?? capitalise(type);
}

export function filterLegend(name: string): string {
  return FILTER_LEGENDS[name] ?? capitalise(name);
}

export function filterValueLabel(name: string, value: string): string {
  return name === 'type' ? (TYPE_LABELS[value]?.many ?? capitalise(value)) : value;
}

const rank = (order: readonly string[], key: string) => {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
};

/** Filter groups in a stable order: type, track, then the rest alphabetically. */
export function sortFilterNames(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => rank(FILTER_ORDER, a) - rank(FILTER_ORDER, b) || a.localeCompare(b));
}

/** Values within a group: types in the site's own order, anything else alphabetically. */
export function sortFilterValues(name: string, values: Iterable<string>): string[] {
  const list = [...values];
  if (name !== 'type') return list.sort((a, b) => a.localeCompare(b));
  return list.sort((a, b) => rank(TYPE_ORDER, a) - rank(TYPE_ORDER, b) || a.localeCompare(b));
}
