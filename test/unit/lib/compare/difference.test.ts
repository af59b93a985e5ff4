import { describe, expect, it } from 'vitest';
import { difference } from '../../../../src/lib/compare/difference';
import { rolesFile } from '../../../../src/lib/data/roles';
import { compareRoles } from '../../../../src/lib/ladder';

describe('difference (the any-pair picker on /compare/)', () => {
  it('splits two lists into what only each has and what both have, keeping their order', () => {
    expect(difference(['Scrum', 'Budgeting', 'SQL'], ['SQL', 'Kanban', 'Scrum'])).toEqual({
      onlyA: ['Budgeting'],
      onlyB: ['Kanban'],
      shared: ['Scrum', 'SQL'],
    });
    expect(difference([], ['PMP'])).toEqual({ onlyA: [], onlyB: ['PMP'], shared: [] });
  });
  it('agrees with compareRoles() on every pair of roles in data/, so the picker and the static pages say the same', () => {
    const roles = rolesFile.load('data');
    for (const a of roles)
      for (const b of roles) {
        const c = compareRoles(a, b);
        expect(difference(a.skills, b.skills)).toEqual(c.skills);
        expect(difference(a.certifications, b.certifications)).toEqual(c.certifications);
      }
  });
});
