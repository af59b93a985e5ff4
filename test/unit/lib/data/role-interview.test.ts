import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/lib/data/csv';
import { interviewFor, parseRoleInterview, roleInterviewProblems } from '../../../../src/lib/data/role-interview';
import { parseRoles } from '../../../../src/lib/data/roles';

const rows = (role: string, questions: number, bullets: number) => [
  ...Array.from({ length: questions }, (_, i) => `${role},question,${i + 1},Q${i + 1}?`),
  ...Array.from({ length: bullets }, (_, i) => `${role},bullet,${i + 1},B${i + 1}.`),
];
const csv = (...lines: string[][]) => ['role,kind,order,text', ...lines.flat()].join('\n');
const problemsOf = (text: string) => {
  try {
    parseRoleInterview(text);
    return [];
  } catch (e) {
    if (e instanceof DataError) return [...e.problems];
    throw e;
  }
};

describe('role interview material', () => {
  it('returns a role\'s questions and bullets in order', () => {
    const parsed = parseRoleInterview(csv(rows('pm', 5, 3).reverse()));
    expect(interviewFor(parsed, 'pm')).toEqual({ questions: ['Q1?', 'Q2?', 'Q3?', 'Q4?', 'Q5?'], bullets: ['B1.', 'B2.', 'B3.'] });
  });

  it('stops on too few questions, too many bullets, a repeated number or an unknown kind', () => {
    expect(problemsOf(csv(rows('pm', 4, 3)))).toEqual(['data/role-interview.csv:2: kind: expected 5 to 8 question rows for role "pm", got 4']);
    expect(problemsOf(csv(rows('pm', 5, 6)))).toEqual(['data/role-interview.csv:7: kind: expected 3 to 5 bullet rows for role "pm", got 6']);
    expect(problemsOf(csv(rows('pm', 5, 3), ['pm,question,1,Again?']))).toContain('data/role-interview.csv:10: order: expected each question of "pm" numbered once, got 1 twice');
    expect(problemsOf(csv(rows('pm', 5, 3), ['pm,tip,1,Hm.']))).toContain('data/role-interview.csv:10: kind: expected one of question, bullet, got "tip"');
  });

  it('names an unknown role and a role without material', () => {
    const parsed = parseRoleInterview(csv(rows('ghost', 5, 3)));
    const problems = roleInterviewProblems(parsed, ['pm']);
    expect(problems).toHaveLength(9);
    expect(problems[0]).toBe('data/role-interview.csv:2: role: expected a role id in data/roles.csv, got "ghost"');
    expect(problems[8]).toBe('data/role-interview.csv:1: role: expected interview questions and résumé bullets for every role in data/roles.csv, got none for "pm"');
  });

  it('the real file covers every role in data/roles.csv', () => {
    const roles = parseRoles(readFileSync('data/roles.csv', 'utf8'), 'data/roles.csv');
    const parsed = parseRoleInterview(readFileSync('data/role-interview.csv', 'utf8'));
    expect(roleInterviewProblems(parsed, roles.map((r) => r.id))).toEqual([]);
  });
});
