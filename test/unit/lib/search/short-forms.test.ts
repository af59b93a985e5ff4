import { describe, expect, it } from 'vitest';
import {
  keepSecond,
  preferFirst,
  preferredPaths,
  readQuery,
  shortFormsOf,
  stateSlug,
  SHORT_FORMS,
} from '../../../../src/lib/search/short-forms';
import { routes } from '../../../../src/lib/routes';

describe('readQuery', () => {
  it.each([
    ['TPM', 'technical program manager', 'technical-program-manager'],
    ['tpm', 'technical program manager', 'technical-program-manager'],
    ['PM', 'project manager', 'project-manager'],
    ['IT PM', 'IT project manager', 'it-project-manager'],
    ['it pm', 'IT project manager', 'it-project-manager'],
    ['BA', 'business analyst', 'business-analyst'],
    ['PgM', 'programme manager', 'programme-manager'],
    ['senior TPM', 'senior technical program manager', 'senior-technical-program-manager'],
  ])('reads the short form %s as the role it stands for', (query, terms, role) => {
    expect(readQuery(query)).toEqual({ terms, role, pay: false });
  });

  it('keeps the other words of a pay question and notes that it asks about pay', () => {
    expect(readQuery('TPM salary')).toEqual({ terms: 'technical program manager salary', role: 'technical-program-manager', pay: true });
  });

  it('names the role of a pay question asked in full words, and the state it names', () => {
    expect(readQuery('project manager pay Texas')).toEqual({
      terms: 'project manager pay Texas',
      role: 'project-manager',
      state: 'texas',
      pay: true,
    });
    expect(readQuery('IT project manager salary in new york').role).toBe('it-project-manager');
    expect(readQuery('IT project manager salary in new york').state).toBe('new-york');
  });

  it('does not name a role for a search in full words without a state, so Pagefind ranks it as before', () => {
    expect(readQuery('project manager').role).toBeUndefined();
    expect(readQuery('How much does a technical project manager earn?').role).toBeUndefined();
  });

  it('reads "technical project manager" as that role, not as "project manager"', () => {
    expect(readQuery('technical project manager pay Ohio').role).toBe('technical-project-manager');
  });

  it('reads "West Virginia" as West Virginia, not Virginia', () => {
    expect(readQuery('pay in West Virginia').state).toBe('west-virginia');
  });

  it('spells out Scrum short forms that have no role page', () => {
    expect(readQuery('SM').terms).toBe('scrum master');
    expect(readQuery('CSM').terms).toBe('CSM scrum master');
  });

  it('leaves a quoted phrase as typed', () => {
    expect(readQuery('"TPM"').terms).toBe('"TPM"');
  });

  it('does not take a short form from inside a word', () => {
    expect(readQuery('PMP')).toEqual({ terms: 'PMP', pay: false });
  });
});

describe('a pay question that names its role in full', () => {
  it('notes the role to keep near the top, but not as a short form the reader chose', () => {
    expect(readQuery('what does a project manager earn')).toMatchObject({ pay: true, payRole: 'project-manager' });
    expect(readQuery('IT project manager pay')).toMatchObject({ payRole: 'it-project-manager' });
    expect(readQuery('what does a project manager earn').role).toBeUndefined();
    expect(readQuery('project manager duties').payRole).toBeUndefined();
    expect(readQuery('project manager pay Texas')).toMatchObject({ role: 'project-manager', state: 'texas' });
    expect(readQuery('project manager pay Texas').payRole).toBeUndefined();
  });
  it('keeps the first result and moves the role page up to second place', () => {
    const id = (x: string) => x;
    expect(keepSecond(['faq', 'a', 'b', 'role'], id, 'role')).toEqual(['faq', 'role', 'a', 'b']);
    expect(keepSecond(['role', 'a'], id, 'role')).toEqual(['role', 'a']);
    expect(keepSecond(['a', 'role', 'b'], id, 'role')).toEqual(['a', 'role', 'b']);
    expect(keepSecond(['a', 'b'], id, 'role')).toEqual(['a', 'b']);
    expect(keepSecond(['a', 'b'], id, undefined)).toEqual(['a', 'b']);
  });
});

describe('preferredPaths and preferFirst', () => {
  it('puts the state page before the role page', () => {
    expect(preferredPaths(readQuery('PM pay Texas'))).toEqual([routes.payState('texas'), routes.role('project-manager')]);
  });

  it('moves preferred items to the front in order and keeps the rest in theirs', () => {
    const items = ['/a/', '/roles/project-manager/', '/b/', '/pay/texas/', '/c/'];
    expect(preferFirst(items, (x) => x, ['/pay/texas/', '/roles/project-manager/'])).toEqual([
      '/pay/texas/',
      '/roles/project-manager/',
      '/a/',
      '/b/',
      '/c/',
    ]);
    expect(preferFirst(items, (x) => x, [])).toEqual(items);
  });
});

describe('short forms', () => {
  it('lists each role short form on its own role only', () => {
    expect(shortFormsOf('technical-program-manager')).toBe('TPM');
    expect(shortFormsOf('it-project-manager')).toBe('IT PM ITPM');
    expect(shortFormsOf('non-technical-professional')).toBe('');
  });

  it('lists a form that contains another before it, so the longer one is read first', () => {
    const forms = SHORT_FORMS.map((s) => ` ${s.form.toLowerCase()} `);
    forms.forEach((later, j) =>
      forms.slice(0, j).forEach((earlier) => expect(later.includes(earlier), `${later} after ${earlier}`).toBe(false)),
    );
  });

  it('makes state slugs the way the state pages do', () => {
    expect(stateSlug('District of Columbia')).toBe('district-of-columbia');
  });
});
