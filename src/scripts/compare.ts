/**
 * The compare page's any-pair picker: progressive enhancement over the facts the page embeds as
 * JSON. Without JavaScript the form stays hidden and the static comparison pages cover the usual pairs.
 */
import { difference } from '../lib/compare/difference';

interface RoleData {
  id: string;
  title: string;
  inSentence: string;
  href: string;
  years: string;
  pay: string;
  skills: string[];
  certifications: string[];
}

const form = document.querySelector<HTMLElement>('#any-pair');
const [pickA, pickB] = document.querySelectorAll<HTMLSelectElement>('#any-pair select');
const source = document.querySelector('#any-pair-data');
const out = document.querySelector<HTMLElement>('#any-pair-result');

function el(tag: string, text?: string, children: Node[] = []): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

const list = (items: string[]) =>
  items.length
    ? el(
        'ul',
        undefined,
        items.map((i) => el('li', i)),
      )
    : el('p', 'None');
const link = (href: string, text: string) => Object.assign(el('a', text), { href });

if (form && pickA && pickB && source && out) {
  const data = JSON.parse(source.textContent ?? '{}') as { pages: [string, string, string][]; roles: RoleData[] };
  const byId = new Map(data.roles.map((r) => [r.id, r]));
  const render = () => {
    const a = byId.get(pickA.value);
    const b = byId.get(pickB.value);
    if (!a || !b) return;
    const rows = [
      ['Typical years', a.years, b.years],
      ['Cited pay (first figure)', a.pay, b.pay],
    ].map(([h, x, y]) => el('tr', undefined, [Object.assign(el('th', h), { scope: 'row' }), el('td', x), el('td', y)]));
    const head = el('tr', undefined, [
      Object.assign(el('th', 'Aspect'), { className: 'visually-hidden' }),
      el('th', undefined, [link(a.href, a.title)]),
      el('th', undefined, [link(b.href, b.title)]),
    ]);
    const parts: Node[] = [
      el('h2', `${a.title} vs ${b.inSentence}`),
      el('table', undefined, [el('thead', undefined, [head]), el('tbody', undefined, rows)]),
    ];
    for (const key of ['skills', 'certifications'] as const) {
      const name = key === 'skills' ? 'Skills' : 'Certifications';
      const { onlyA, onlyB } = difference(a[key], b[key]);
      parts.push(el('h3', `${name} only ${a.inSentence} lists`), list(onlyA));
      parts.push(el('h3', `${name} only ${b.inSentence} lists`), list(onlyB));
    }
    const page = data.pages.find(([x, y]) => (x === a.id && y === b.id) || (x === b.id && y === a.id));
    if (page) parts.push(el('p', undefined, [link(page[2], 'Full comparison page, with the pay chart')]));
    out.replaceChildren(...parts);
  };
  form.addEventListener('change', render);
  form.hidden = false;
  render();
}
