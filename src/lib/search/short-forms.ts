/**
 * The short forms readers type ("TPM", "IT PM", "BA") and the pay questions they ask ("TPM salary",
 * "project manager pay Texas"). Pagefind scores words, not phrases, and knows no abbreviations, so
 * the search page turns a short form into the role's words before Pagefind sees it, and then puts
 * the one page the reader means first among the results Pagefind returns.
 */
import { routes } from '../routes';

export interface ShortForm {
  /** The short form as readers write it, one or more words. */
  form: string;
  /** The words Pagefind searches for instead. */
  words: string;
  /** The role page the short form stands for. */
  role: string;
}

/** Longer forms first, so "IT PM" wins over "PM" and "Sr TPM" over "TPM". */
export const SHORT_FORMS: readonly ShortForm[] = [
  { form: 'senior IT PM', words: 'senior IT project manager', role: 'senior-it-project-manager' },
  { form: 'sr IT PM', words: 'senior IT project manager', role: 'senior-it-project-manager' },
  { form: 'senior TPM', words: 'senior technical program manager', role: 'senior-technical-program-manager' },
  { form: 'sr TPM', words: 'senior technical program manager', role: 'senior-technical-program-manager' },
  { form: 'senior PM', words: 'senior project manager', role: 'senior-project-manager' },
  { form: 'sr PM', words: 'senior project manager', role: 'senior-project-manager' },
  { form: 'IT PM', words: 'IT project manager', role: 'it-project-manager' },
  { form: 'ITPM', words: 'IT project manager', role: 'it-project-manager' },
  { form: 'TPM', words: 'technical program manager', role: 'technical-program-manager' },
  { form: 'PgM', words: 'programme manager', role: 'programme-manager' },
  { form: 'APM', words: 'project coordinator', role: 'project-coordinator' },
  { form: 'PM', words: 'project manager', role: 'project-manager' },
  { form: 'BA', words: 'business analyst', role: 'business-analyst' },
  { form: 'SA', words: 'systems analyst', role: 'systems-analyst' },
  { form: 'SWE', words: 'software developer', role: 'software-developer' },
];

/** Role names with no short form, so a longer name is not read as a shorter one inside it. */
const FULL_NAMES: readonly Omit<ShortForm, 'form'>[] = [
  { words: 'technical project manager', role: 'technical-project-manager' },
  { words: 'IT support specialist', role: 'it-support-specialist' },
];

/** Short forms with no role page of their own: "SM" and "CSM" are Scrum words, searched spelled out. */
const WORD_FORMS: Readonly<Record<string, string>> = {
  sm: 'scrum master',
  csm: 'CSM scrum master',
};

/** Words that make a query a pay question. */
export const PAY_QUESTION_WORDS = new Set(['pay', 'paid', 'salary', 'salaries', 'wage', 'wages', 'earn', 'earns', 'earnings', 'income']);

/** The 50 states, DC and the territories BLS publishes state estimates for, by name. */
export const STATE_NAMES: readonly string[] = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'District of Columbia',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  'Guam',
  'Puerto Rico',
  'Virgin Islands',
];

/** The same rule as the state pages' slugs (src/lib/data/states.ts). */
export const stateSlug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
const bare = (word: string) => word.toLowerCase().replace(/[?!,.;:]+$/, '');

/** Index of `needle` as consecutive words in `hay`, compared without case; -1 when absent. */
function findWords(hay: readonly string[], needle: readonly string[]): number {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, j) => bare(hay[i + j]!) === w.toLowerCase())) return i;
  }
  return -1;
}

export interface QueryReading {
  /** What Pagefind searches for. */
  terms: string;
  /** The role a short form in the query stands for. */
  role?: string;
  /** The role a pay question names in full ("what does a project manager earn"): kept in the top results. */
  payRole?: string;
  /** The state named in the query, as its page's slug. */
  state?: string;
  pay: boolean;
}

/**
 * Reads a query: short forms become the role's words (the first, longest one also names the role
 * the reader means), and a state's name or a pay word is noted for ranking. A "quoted phrase" is
 * left as typed.
 */
export function readQuery(query: string): QueryReading {
  let list = words(query);
  const pay = list.some((w) => PAY_QUESTION_WORDS.has(bare(w)));
  let state: string | undefined;
  // Longer names first, so "West Virginia" is not read as "Virginia".
  for (const name of [...STATE_NAMES].sort((a, b) => b.length - a.length)) {
    if (findWords(list, words(name)) !== -1) {
      state = stateSlug(name);
      break;
    }
  }
  if (query.includes('"')) return { terms: list.join(' '), pay, ...(state ? { state } : {}) };
  let role: string | undefined;
  for (const short of SHORT_FORMS) {
    const formWords = words(short.form);
    let at = findWords(list, formWords);
    while (at !== -1) {
      role ??= short.role;
      list = [...list.slice(0, at), ...words(short.words), ...list.slice(at + formWords.length)];
      at = findWords(list, formWords);
    }
  }
  // A state question names its role in full as often as in short ("project manager pay Texas"); the
  // state page comes first, then that role. Without a state, Pagefind's own ranking answers a pay
  // question asked in full, often with the FAQ that asks it.
  const named = role
    ? undefined
    : [...SHORT_FORMS, ...FULL_NAMES]
        .sort((a, b) => words(b.words).length - words(a.words).length)
        .find((s) => findWords(list, words(s.words)) !== -1);
  if (named && state) role = named.role;
  // Asked in full without a state, a pay question keeps Pagefind's first answer (often the FAQ that
  // asks it) and the role's page right after it.
  const payRole = named && !state && pay ? named.role : undefined;
  list = list.flatMap((w) => {
    const form = WORD_FORMS[bare(w)];
    return form === undefined ? [w] : words(form);
  });
  return { terms: list.join(' '), pay, ...(role ? { role } : {}), ...(payRole ? { payRole } : {}), ...(state ? { state } : {}) };
}

/**
 * The pages the reader most likely means, best first: a named state's pay page, then the role a
 * short form stands for. Results Pagefind returns for these paths move to the top, in this order.
 */
export function preferredPaths(reading: QueryReading): string[] {
  const paths: string[] = [];
  if (reading.state) paths.push(routes.payState(reading.state));
  if (reading.role) paths.push(routes.role(reading.role));
  return paths;
}

/** Moves the item at `path` up to second place when it sits lower; the rest keep their order. */
export function keepSecond<T>(items: readonly T[], pathOf: (item: T) => string, path: string | undefined): T[] {
  const at = path === undefined ? -1 : items.findIndex((item) => pathOf(item) === path);
  if (at <= 1) return [...items];
  return [items[0]!, items[at]!, ...items.slice(1, at), ...items.slice(at + 1)];
}

/** Moves the items whose path is preferred to the front, in the preferred order; the rest keep theirs. */
export function preferFirst<T>(items: readonly T[], pathOf: (item: T) => string, preferred: readonly string[]): T[] {
  const rank = (item: T) => {
    const i = preferred.indexOf(pathOf(item));
    return i === -1 ? preferred.length : i;
  };
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.order - b.order)
    .map(({ item }) => item);
}

/** The short forms of one role, for its page's hidden search metadata, so Pagefind finds "TPM" there too. */
export function shortFormsOf(role: string): string {
  return SHORT_FORMS.filter((s) => s.role === role)
    .map((s) => s.form)
    .join(' ');
}
