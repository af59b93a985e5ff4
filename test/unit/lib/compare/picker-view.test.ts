import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { type PickerData, type PickerRole, pickerResultHtml } from '../../../../src/lib/compare/picker-view';

const role = (id: string, over: Partial<PickerRole> = {}): PickerRole => ({
  id,
  title: id,
  inSentence: id.toLowerCase(),
  href: `/roles/${id}/`,
  years: '3-5',
  pay: ['$100,000 median'],
  growth: '+5% for the occupation',
  skills: [],
  certifications: [],
  ...over,
});
const data = (roles: PickerRole[], pages: PickerData['pages'] = []): PickerData => ({ growthHeading: 'Job growth', pages, roles });

describe('pickerResultHtml (the any-pair answer on /compare/)', () => {
  it('sets the two roles side by side: a row per aspect, each cell labelled with its role for the stacked phone layout', () => {
    const a = role('PM', { skills: ['Scrum', 'Budgeting'], certifications: ['PMP'] });
    const b = role('TPM', { skills: ['Scrum', 'SQL'], pay: [] });
    const doc = parse(pickerResultHtml(a, b, data([a, b])));
    expect(doc.querySelector('h2')?.textContent).toBe('PM vs tpm');
    const rows = doc
      .querySelectorAll('tbody tr')
      .map((tr) => [
        tr.querySelector('th')?.textContent,
        ...tr.querySelectorAll('td').map((td) => `${td.getAttribute('data-label')}: ${td.textContent}`),
      ]);
    expect(rows).toEqual([
      ['Typical years', 'PM: 3-5', 'TPM: 3-5'],
      ['Pay', 'PM: $100,000 median', 'TPM: Not published'],
      ['Job growth', 'PM: +5% for the occupation', 'TPM: +5% for the occupation'],
      ['Skills only this role lists', 'PM: Budgeting', 'TPM: SQL'],
      ['Certifications only this role lists', 'PM: PMP', 'TPM: None'],
    ]);
    expect(doc.querySelectorAll('thead a').map((x) => x.getAttribute('href'))).toEqual(['/roles/PM/', '/roles/TPM/']);
    expect(doc.querySelectorAll('h3 + ul li').map((li) => li.textContent)).toEqual(['Scrum']);
  });

  it('links the pair’s own comparison page when there is one, in either order, and only then', () => {
    const [a, b] = [role('a'), role('b')];
    const link = (pages: PickerData['pages']) =>
      parse(pickerResultHtml(a, b, data([a, b], pages)))
        .querySelector('p a')
        ?.getAttribute('href');
    expect(link([['b', 'a', '/compare/b-vs-a/']])).toBe('/compare/b-vs-a/');
    expect(link([['a', 'c', '/compare/a-vs-c/']])).toBeUndefined();
  });

  it('escapes text, so a title or skill can never become markup', () => {
    const a = role('a', { title: 'R&D <lead>', skills: ['"quoted" & <b>bold</b>'] });
    const b = role('b');
    const html = pickerResultHtml(a, b, data([a, b]));
    expect(html).not.toContain('<lead>');
    expect(html).not.toContain('<b>');
    // Read back, the text is what was given.
    const doc = parse(html);
    expect(doc.querySelector('thead a')?.textContent).toBe('R&D <lead>');
    expect(doc.querySelector('td')?.getAttribute('data-label')).toBe('R&D <lead>');
    expect(doc.querySelectorAll('tr')[4]?.querySelector('td li')?.textContent).toBe('"quoted" & <b>bold</b>');
  });
});
