import { describe, expect, it } from 'vitest';
import type { PayRow } from '../../../../src/lib/data/pay';
import { briefSkillStatus, chartedSkills, comparablePay, skillKey, skillPayAssociation, type SkillRole } from '../../../../src/lib/data/skills';

type Pay = Pick<PayRow, 'id' | 'pay' | 'measure'>;
const pay = (id: string, amount: number, measure: PayRow['measure'] = 'base-wage'): [string, Pay] => [id, { id, pay: amount, measure }];
const payById = new Map<string, Pay>([
  pay('low', 90000),
  pay('mid', 110000, 'salary'),
  pay('high', 160000),
  pay('bigtech', 400000, 'total-compensation'),
]);
const roles: SkillRole[] = [
  { id: 'coordinator', title: 'Coordinator', skills: ['Basic project management', 'Scheduling'], pay: [] },
  { id: 'pm', title: 'PM', skills: ['Scheduling', 'Team leadership', 'team  leadership'], pay: ['low'] },
  { id: 'it-pm', title: 'IT PM', skills: ['Team Leadership', 'Agile software development'], pay: ['mid', 'low'] },
  { id: 'senior', title: 'Senior', skills: ['Strategic project management', 'Team leadership'], pay: ['high'] },
  { id: 'tpm', title: 'TPM', skills: ['Strategic project management', 'Agile software development'], pay: ['bigtech'] },
  { id: 'tpm-mixed', title: 'TPM mixed', skills: ['Basic technical analysis'], pay: ['bigtech', 'low'] },
];

describe('comparablePay', () => {
  it('uses the primary figure when it is a base wage or salary, else the first that is', () => {
    expect(comparablePay(roles[1]!, payById)).toEqual({ id: 'pm', title: 'PM', payId: 'low', pay: 90000, fallback: false });
    expect(comparablePay(roles[5]!, payById)).toMatchObject({ payId: 'low', fallback: true });
    expect(comparablePay(roles[4]!, payById)).toEqual({ id: 'tpm', title: 'TPM', reason: 'no-comparable-pay' });
    expect(comparablePay(roles[0]!, payById)).toEqual({ id: 'coordinator', title: 'Coordinator', reason: 'no-pay' });
  });
});

describe('skillPayAssociation', () => {
  const result = skillPayAssociation(roles, payById);

  it('compares only roles with a comparable figure, never big-tech total compensation', () => {
    expect(result.compared.map((r) => [r.id, r.pay])).toEqual([['pm', 90000], ['it-pm', 110000], ['senior', 160000], ['tpm-mixed', 90000]]);
    expect(result.excluded.map((r) => [r.id, r.reason])).toEqual([['coordinator', 'no-pay'], ['tpm', 'no-comparable-pay']]);
    // median of 90000, 90000, 110000, 160000
    expect(result.baseline).toBe(100000);
  });

  it('takes the median pay of the roles listing each skill, matching names regardless of case and spacing', () => {
    const byKey = new Map(result.skills.map((s) => [s.key, s]));
    const leadership = byKey.get('team leadership')!;
    expect(leadership.roles.map((r) => r.id)).toEqual(['pm', 'it-pm', 'senior']);
    expect(leadership).toMatchObject({ median: 110000, difference: 10000, differencePct: 10 });
    expect(byKey.get('strategic project management')).toMatchObject({ median: 160000, difference: 60000, differencePct: 60 });
    expect(byKey.get('basic technical analysis')).toMatchObject({ median: 90000, difference: -10000 });
    // The coordinator has no pay figure, so no compared role lists basic project management.
    expect(byKey.has('basic project management')).toBe(false);
  });

  it('orders skills from highest to lowest difference, ties by name', () => {
    expect(result.skills.map((s) => s.skill)).toEqual([
      // Agile (only IT PM is compared) and team leadership both sit at +10,000: alphabetical.
      'Strategic project management', 'Agile software development', 'Team leadership', 'Basic technical analysis', 'Scheduling',
    ]);
  });

  it('charts brief-003 skills even when one role lists them, and says which have no data', () => {
    expect(chartedSkills(result).map((s) => s.key)).toEqual(['strategic project management', 'agile software development', 'team leadership', 'basic technical analysis']);
    const status = briefSkillStatus(result);
    expect(status.find((s) => s.name === 'Basic project management')?.found).toBeUndefined();
    expect(status.find((s) => s.name === 'Team leadership')?.found?.difference).toBe(10000);
  });

  it('normalises skill keys', () => {
    expect(skillKey('  Agile   Software development ')).toBe('agile software development');
  });
});
