/**
 * The any-pair picker's answer on /compare/ as HTML. One renderer for both sides: the page renders
 * the default pair at build time, so the answer is there at first paint and the page does not
 * shift when the script takes over; the script renders every later choice with the same function.
 */
import { difference } from './difference';

export interface PickerRole {
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

export interface PickerData {
  growthHeading: string;
  /** Each pair that has its own comparison page: [first role id, second role id, URL]. */
  pages: [string, string, string][];
  roles: PickerRole[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const list = (items: string[], empty = 'None') =>
  items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : `<p>${escapeHtml(empty)}</p>`;

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

export function pickerResultHtml(a: PickerRole, b: PickerRole, data: PickerData): string {
  // Each cell carries its column's role as a label: on phones the table stacks (.table-stack).
  const cell = (role: PickerRole, html: string) => `<td data-label="${escapeHtml(role.title)}">${html}</td>`;
  const row = (heading: string, x: string, y: string) => `<tr><th scope="row">${escapeHtml(heading)}</th>${cell(a, x)}${cell(b, y)}</tr>`;
  const skills = difference(a.skills, b.skills);
  const certifications = difference(a.certifications, b.certifications);
  const page = data.pages.find(([x, y]) => (x === a.id && y === b.id) || (x === b.id && y === a.id));
  return [
    `<h2>${escapeHtml(`${a.title} vs ${b.inSentence}`)}</h2>`,
    `<section class="table-scroll" tabindex="0" aria-label="${escapeHtml(`${a.title} and ${b.inSentence}: table`)}">`,
    `<table class="table-stack"><caption>${escapeHtml(`${a.title} and ${b.inSentence} at a glance`)}</caption>`,
    `<thead><tr><th scope="col"><span class="visually-hidden">Aspect</span></th><th scope="col">${link(a.href, a.title)}</th><th scope="col">${link(b.href, b.title)}</th></tr></thead>`,
    '<tbody>',
    row('Typical years', escapeHtml(a.years), escapeHtml(b.years)),
    row('Pay', list(a.pay, 'Not published'), list(b.pay, 'Not published')),
    row(data.growthHeading, escapeHtml(a.growth), escapeHtml(b.growth)),
    row('Skills only this role lists', list(skills.onlyA), list(skills.onlyB)),
    row('Certifications only this role lists', list(certifications.onlyA), list(certifications.onlyB)),
    '</tbody></table></section>',
    '<h3>Skills both list</h3>',
    list(skills.shared),
    page ? `<p>${link(page[2], 'Full comparison page, with the pay chart')}</p>` : '',
  ].join('');
}
