/**
 * The compare page's any-pair picker: progressive enhancement over the facts the page embeds as
 * JSON. Without JavaScript the form stays hidden and the static comparison pages cover the usual
 * pairs. The choice lives in the URL (lib/compare/picker-state.ts); differences come from the same
 * difference() the static pages use.
 */
import { difference } from '../lib/compare/difference';
import { readChoice, writeChoice } from '../lib/compare/picker-state';

interface RoleData {
  id: string;
  title: string;
  inSentence: string;
  href: string;
  years: string;
  pay: string[];
  growth: string;
  skills: string[];
  certifications: string[];
}

const form = document.querySelector<HTMLElement>('#any-pair');
const [pickA, pickB] = document.querySelectorAll<HTMLSelectElement>('#any-pair select');
const source = document.querySelector('#any-pair-data');
const out = document.querySelector<HTMLElement>('#any-pair-result');

if (form && pickA && pickB && source && out) {
  const data = JSON.parse(source.textContent ?? '{}') as {
    growthHeading: string;
    pages: [string, string, string][];
    roles: RoleData[];
  };
  const byId = new Map(data.roles.map((r) => [r.id, r]));
  const ids = data.roles.map((r) => r.id);
  const el = (tag: string, text?: string, children: Node[] = []) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    node.append(...children);
    return node;
  };
  const list = (items: string[], empty = 'None') =>
    items.length
      ? el(
          'ul',
          undefined,
          items.map((i) => el('li', i)),
        )
      : el('p', empty);
  const link = (href: string, text: string) => Object.assign(el('a', text), { href });
  const cell = (label: string, content: Node | string) => {
    const td = el('td', typeof content === 'string' ? content : undefined, typeof content === 'string' ? [] : [content]);
    td.dataset['label'] = label;
    return td;
  };

  // A role cannot be set against itself: each list disables the role the other has chosen.
  const lockSame = () => {
    for (const [select, other] of [
      [pickA, pickB],
      [pickB, pickA],
    ] as const) {
      for (const option of select.options) option.disabled = option.value === other.value;
    }
  };

  const render = () => {
    const a = byId.get(pickA.value);
    const b = byId.get(pickB.value);
    if (!a || !b || a.id === b.id) return;
    history.replaceState(null, '', writeChoice({ a: a.id, b: b.id }));
    const row = (heading: string, x: Node | string, y: Node | string) =>
      el('tr', undefined, [Object.assign(el('th', heading), { scope: 'row' }), cell(a.title, x), cell(b.title, y)]);
    const head = el('tr', undefined, [
      el('th', undefined, [Object.assign(el('span', 'Aspect'), { className: 'visually-hidden' })]),
      el('th', undefined, [link(a.href, a.title)]),
      el('th', undefined, [link(b.href, b.title)]),
    ]);
    const skills = difference(a.skills, b.skills);
    const certifications = difference(a.certifications, b.certifications);
    const table = el('table', undefined, [
      el('caption', `${a.title} and ${b.inSentence} at a glance`),
      el('thead', undefined, [head]),
      el('tbody', undefined, [
        row('Typical years', a.years, b.years),
        row('Pay', list(a.pay, 'Not published'), list(b.pay, 'Not published')),
        row(data.growthHeading, a.growth, b.growth),
        row('Skills only this role lists', list(skills.onlyA), list(skills.onlyB)),
        row('Certifications only this role lists', list(certifications.onlyA), list(certifications.onlyB)),
      ]),
    ]);
    table.className = 'table-stack';
    const wrap = el('div', undefined, [table]);
    wrap.className = 'table-scroll';
    Object.assign(wrap, { tabIndex: 0, role: 'region' });
    wrap.setAttribute('aria-label', `${a.title} and ${b.inSentence}: table`);
    const parts: Node[] = [el('h2', `${a.title} vs ${b.inSentence}`), wrap, el('h3', 'Skills both list'), list(skills.shared)];
    const page = data.pages.find(([x, y]) => (x === a.id && y === b.id) || (x === b.id && y === a.id));
    if (page) parts.push(el('p', undefined, [link(page[2], 'Full comparison page, with the pay chart')]));
    out.replaceChildren(...parts);
  };

  const choice = readChoice(location.search, ids, { a: pickA.value, b: pickB.value });
  pickA.value = choice.a;
  pickB.value = choice.b;
  lockSame();
  form.addEventListener('change', () => {
    lockSame();
    render();
  });
  form.hidden = false;
  render();
}
