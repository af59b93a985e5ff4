import { describe, expect, it } from 'vitest';
import { CERTIFICATIONS, SKILLS } from '../../../../src/lib/ladder';
import { itemSlug, planQuery, readPlanQuery } from '../../../../src/lib/planner';
import { EMPTY_PLAN, hasPlanParams } from '../../../../src/lib/planner/state';
import { graph, index } from './fixture';

describe('the plan in the URL', () => {
  it('gives every vocabulary item its own slug', () => {
    for (const list of [SKILLS, CERTIFICATIONS]) {
      const slugs = list.map(itemSlug);
      expect(new Set(slugs).size).toBe(list.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(itemSlug('CompTIA Project+')).toBe('comptia-project-plus');
  });

  it.each(graph.roles.map((r) => r.id))('reads back what it writes, from %s', (from) => {
    const roleSkills = graph.byId.get(from)!.skills;
    const state = {
      from,
      skills: SKILLS.filter((_, i) => i % 4 === 1),
      certifications: CERTIFICATIONS.filter((_, i) => i % 2 === 0),
      without: roleSkills.filter((_, i) => i % 2 === 0),
    };
    const query = planQuery(index, state);
    expect(query.startsWith(`from=${from}`)).toBe(true);
    expect(hasPlanParams(`?${query}`)).toBe(true);
    const back = readPlanQuery(index, `?${query}`);
    expect(back.ignored).toEqual([]);
    // The role's own skills are implied, so the link leaves them out, and lists the unticked ones.
    expect(back.state).toEqual({
      ...state,
      skills: state.skills.filter((s) => !roleSkills.includes(s)),
      without: SKILLS.filter((s) => state.without.includes(s)),
    });
  });

  it('drops and lists what it does not know, and reads repeated parameters from a plain form submit', () => {
    const back = readPlanQuery(index, '?from=astronaut&skills=scrum,juggling&skills=budgeting&certs=pmp,pmp,xyz');
    expect(back.state).toEqual({ from: '', skills: ['Budgeting', 'Scrum'], certifications: ['PMP'], without: [] });
    expect(back.ignored).toEqual(['from=astronaut', 'skills=juggling', 'certs=xyz']);
    expect(planQuery(index, EMPTY_PLAN)).toBe('');
    expect(hasPlanParams('')).toBe(false);
    expect(hasPlanParams('?utm_source=x')).toBe(false);
  });

  it('unticks only skills the chosen role lists', () => {
    const back = readPlanQuery(index, '?from=software-developer&without=programming,budgeting');
    expect(back.state.without).toEqual(['Programming']);
    expect(back.ignored).toEqual(['without=budgeting']);
  });
});
