import { describe, expect, it } from 'vitest';
import { SKILLS } from '../../../../src/lib/ladder';
import { groupSkills } from '../../../../src/lib/planner/skill-groups';

describe('groupSkills', () => {
  it('puts every skill of the vocabulary in exactly one named group, none under "Other"', () => {
    const groups = groupSkills(SKILLS);
    const placed = groups.flatMap((g) => g.skills);
    expect([...placed].sort()).toEqual([...SKILLS].sort());
    expect(new Set(placed).size).toBe(placed.length);
    expect(groups.map((g) => g.id)).not.toContain('other');
    for (const group of groups) expect(group.skills.length).toBeGreaterThan(1);
  });

  it('orders groups and the skills in them, basics first', () => {
    const groups = groupSkills(SKILLS);
    expect(groups[0]!.name).toBe('Planning and control');
    expect(groups[0]!.skills[0]).toBe('Basic project management');
    const planning = groups[0]!.skills;
    expect(planning.indexOf('Strategic project management')).toBe(planning.length - 1);
  });

  it('lists a skill no group knows under "Other", last, and leaves out groups with nothing in them', () => {
    const groups = groupSkills(['Scrum', 'Kanban', 'Data analysis']);
    expect(groups).toEqual([
      { id: 'delivery', name: 'Delivery methods', skills: ['Scrum', 'Kanban'] },
      { id: 'other', name: 'Other', skills: ['Data analysis'] },
    ]);
  });
});
