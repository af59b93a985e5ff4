import { describe, expect, it } from 'vitest';
import { guidesForSkill } from '../../../../src/lib/skills/gap-guides';

const guides = [
  { slug: 'a', title: 'Budgets for beginners', text: 'Budgets for beginners. How to set a budget and keep to it.' },
  { slug: 'b', title: 'Leading a team', text: 'Leading a team. What changes when you manage people? How do stakeholders react?' },
  { slug: 'c', title: 'Scheduling', text: 'Scheduling. Plans, deadlines. A rebudget is not a word.' },
];

describe('guidesForSkill', () => {
  it('matches a skill’s words at the start of a word, ignoring case', () => {
    expect(guidesForSkill('Management of Financial Resources', guides).map((g) => g.slug)).toEqual(['a']);
    expect(guidesForSkill('Management of Personnel Resources', guides).map((g) => g.slug)).toEqual(['b']);
    expect(guidesForSkill('Time Management', guides).map((g) => g.slug)).toEqual(['c']);
  });
  it('matches nothing for a skill with no topic words', () => {
    expect(guidesForSkill('Repairing', guides)).toEqual([]);
  });
});
