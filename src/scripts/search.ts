import { routes } from '../lib/routes';
import { parseExcerpt } from '../lib/search/excerpt';
import { filterLegend, filterValueLabel, sortFilterNames, sortFilterValues } from '../lib/search/labels';
import type { FilterCounts, PagefindApi, PagefindResult } from '../lib/search/pagefind-types';
import { toResultView, type ResultView } from '../lib/search/results';
import { SEARCH_RANKING, searchTerms } from '../lib/search/ranking';
import { keepSecond, preferFirst, preferredPaths, readQuery, type QueryReading } from '../lib/search/short-forms';
import { isEmpty, readState, toPagefindFilters, writeState, type SearchState } from '../lib/search/state';
import { bindSearchShortcut } from './search-shortcut';

/** Results drawn per batch; each needs its own fragment request, so fewer is faster. */
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const filterBox = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
const filterActive = document.querySelector<HTMLElement>('[data-search-filter-active]');
const filterGroups = document.querySelector<HTMLElement>('[data-search-filter-groups]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const start = document.querySelector<HTMLElement>('[data-search-start]');

let pagefind: Promise<PagefindApi> | undefined;
/** Each search gets a number; a slower, older search never draws over a newer one. */
let latest = 0;
let pending: PagefindResult[] = [];
let reading: QueryReading = { terms: '', pay: false };
let state: SearchState = readState(new URLSearchParams(location.search));

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = `${routes.searchBundle()}pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 24, ranking: SEARCH_RANKING });
    await api.init();
    // Pagefind counts results per filter value only once the filter index is loaded.
    await api.filters();
    return api;
  })();
  return pagefind;
}

type Props = Partial<Record<'className' | 'href' | 'type' | 'name' | 'value', string>>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function excerptNodes(html: string): (Node | string)[] {
  return parseExcerpt(html).map((part) => (part.marked ? el('mark', {}, part.text) : part.text));
}

function resultItem(view: ResultView): HTMLLIElement {
  const meta = el('p', { className: 'search-result__meta' }, el('span', { className: 'search-result__type' }, view.typeLabel));
  if (view.pay) meta.append(' ', el('span', { className: 'search-result__pay' }, view.pay));
  const item = el(
    'li',
    { className: 'search-result' },
    el('h2', { className: 'search-result__title' }, el('a', { href: view.href }, view.title)),
    meta,
    el('p', { className: 'search-result__excerpt' }, ...excerptNodes(view.excerpt)),
  );
  if (view.sections.length > 0) {
    const sections = el('ul', { className: 'search-result__sections' });
    sections.setAttribute('aria-label', `Matching sections of ${view.title}`);
    for (const section of view.sections) {
      sections.append(
        el(
          'li',
          {},
          el('a', { href: section.href }, section.title),
          el('p', { className: 'search-result__excerpt' }, ...excerptNodes(section.excerpt)),
        ),
      );
    }
    item.append(sections);
  }
  return item;
}

function setStatus(text: string) {
  if (status && status.textContent !== text) status.textContent = text;
}

/** Filter boxes by "name=value", reused between searches so focus and position survive a redraw. */
const filterInputs = new Map<string, { box: HTMLInputElement; count: HTMLElement }>();

function filterKeys(counts: FilterCounts): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const name of sortFilterNames(new Set([...Object.keys(counts), ...Object.keys(state.filters)]))) {
    // A value the URL asks for stays listed even when the index lacks it, so it can be unticked.
    const values = new Set([...Object.keys(counts[name] ?? {}), ...(state.filters[name] ?? [])]);
    if (values.size > 0) keys.set(name, sortFilterValues(name, values));
  }
  return keys;
}

/** Tick boxes for every filter value Pagefind knows, counting results for the current words. */
function renderFilters(counts: FilterCounts) {
  if (!filterBox || !filterGroups) return;
  const keys = filterKeys(counts);
  const wanted = [...keys].flatMap(([name, values]) => values.map((value) => `${name}=${value}`));
  if (wanted.length !== filterInputs.size || wanted.some((key) => !filterInputs.has(key))) {
    filterInputs.clear();
    const groups = [...keys].map(([name, values]) => {
      const fieldset = el('fieldset', { className: 'search-filter' }, el('legend', {}, filterLegend(name)));
      for (const value of values) {
        const box = el('input', { type: 'checkbox', name, value });
        const count = el('span', { className: 'search-filter__count' });
        fieldset.append(el('label', {}, box, ` ${filterValueLabel(name, value)} `, count));
        filterInputs.set(`${name}=${value}`, { box, count });
      }
      return fieldset;
    });
    filterGroups.replaceChildren(...groups);
    filterBox.hidden = groups.length === 0;
  }
  for (const [name, values] of keys) {
    for (const value of values) {
      const entry = filterInputs.get(`${name}=${value}`)!;
      const count = counts[name]?.[value] ?? 0;
      entry.box.checked = state.filters[name]?.includes(value) ?? false;
      // A box that would empty the list is greyed out; a ticked one stays usable so it can be cleared.
      entry.box.disabled = count === 0 && !entry.box.checked;
      entry.count.textContent = `(${count})`;
    }
  }
  // The folded filters still say that some are on, as they change what the list shows.
  const chosen = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  if (filterActive) filterActive.textContent = chosen === 0 ? '' : ` (${chosen} on)`;
}

async function drawMore(run: number) {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const views = (await Promise.all(batch.map((result) => result.data()))).map((f) => toResultView(f, reading.pay));
  if (run !== latest || !list) return;
  list.append(...views.map(resultItem));
  if (more) more.hidden = pending.length === 0;
}

function describe(count: number): string {
  const words = state.query === '' ? '' : ` for “${state.query}”`;
  if (count === 0) return `No results${words}. Try fewer or different words, or clear a filter.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${words}`;
}

async function run() {
  const current = ++latest;
  const api = await loadPagefind();
  if (start) start.hidden = !isEmpty(state);
  if (isEmpty(state)) {
    const totals = await api.filters();
    if (current !== latest) return;
    pending = [];
    list?.replaceChildren();
    if (more) more.hidden = true;
    renderFilters(totals);
    setStatus('');
    list?.setAttribute('data-rendered-query', '');
    return;
  }
  reading = readQuery(state.query);
  const terms = searchTerms(reading.terms) || reading.terms;
  const response = await api.search(terms === '' ? null : terms, { filters: toPagefindFilters(state.filters) });
  // A null response means Pagefind dropped this search for a newer one.
  if (!response || current !== latest) return;
  // The page a short form or a state's name points to may sit below Pagefind's first batch, so one
  // more batch is read before the preferred pages move to the top.
  const preferred = preferredPaths(reading);
  // A pay question naming a role reads further: state and guide pages that repeat the role's words can crowd its page out.
  const head = response.results.slice(0, reading.payRole ? PAGE_SIZE * 6 : preferred.length > 0 ? PAGE_SIZE * 2 : PAGE_SIZE);
  const ranked = preferFirst(await Promise.all(head.map((result) => result.data())), (f) => f.url, preferred);
  const fragments = keepSecond(ranked, (f) => f.url, reading.payRole === undefined ? undefined : routes.role(reading.payRole));
  if (current !== latest) return;
  const views = fragments.slice(0, PAGE_SIZE).map((f) => toResultView(f, reading.pay));
  const loaded = fragments.slice(PAGE_SIZE).map((f, i) => ({ id: `loaded-${i}`, score: 0, data: () => Promise.resolve(f) }));
  pending = [...loaded, ...response.results.slice(head.length)];
  list?.replaceChildren(...views.map(resultItem));
  if (more) more.hidden = pending.length === 0;
  renderFilters(response.totalFilters);
  setStatus(describe(response.results.length));
  // Lets tests and the benchmark see which query the list now shows.
  list?.setAttribute('data-rendered-query', state.query);
}

/** The URL follows the search once typing pauses; rewriting it on every key is wasted work. */
const URL_DELAY_MS = 400;
let urlTimer: ReturnType<typeof setTimeout> | undefined;

function syncUrl() {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    const params = writeState(state);
    history.replaceState(null, '', params.size > 0 ? `${location.pathname}?${params}` : location.pathname);
  }, URL_DELAY_MS);
}

function search() {
  syncUrl();
  run().catch((error: unknown) => {
    console.error(error);
    setStatus('Search could not load. Browse the guides or the FAQ page instead.');
  });
}

/** Reads one change from the form into the state: new words, or a ticked or cleared filter box. */
function applyChange(target: EventTarget | null) {
  if (target === input && input) {
    state = { ...state, query: input.value.trim() };
  } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
    const others = (state.filters[target.name] ?? []).filter((value) => value !== target.value);
    state = { ...state, filters: { ...state.filters, [target.name]: target.checked ? [...others, target.value] : others } };
  }
}

if (form && input && list) {
  input.value = state.query;
  for (const source of [form, filterBox]) {
    source?.addEventListener('input', (event) => {
      applyChange(event.target);
      search();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    applyChange(input);
    search();
  });
  // Nothing loads until the reader shows they want to search, unless the URL already asks for it.
  const warm = () =>
    void loadPagefind()
      .then(() => (isEmpty(state) ? run() : undefined))
      .catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  form.addEventListener('pointerdown', warm, { once: true });
  more?.addEventListener('click', () => void drawMore(latest));
  // Open beside the results where there is room; folded below them on phones.
  if (filterBox) filterBox.open = matchMedia('(min-width: 56rem)').matches;
  bindSearchShortcut();
  document.querySelector('[data-search-hint]')?.removeAttribute('hidden');
  if (!isEmpty(state)) search();
}
