import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/lib/data/csv';
import { interviewFor, parseRoleInterview, roleInterviewProblems } from '../../../../src/lib/data/role-interview';
import { parseRoles } from '../../../../src/lib/data/roles';

const rows = (role: string, questions: number, bullets: number) => [
  ...Array.from({ length: questions }, (_, i) => `${role},question,${i + 1},Q${i + 1}?,L${i + 1}`),
  ...Array.from({ length: bullets }, (_, i) => `${role},bullet,${i + 1},B${i + 1}.,`),
];
const csv = (...lines: string[][]) => ['role,kind,order,text,listens_for', ...lines.flat()].join('\n');
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
    expect(interviewFor(parsed, 'pm')).toEqual({
      questions: [1, 2, 3, 4, 5].map((i) => ({ text: `Q${i}?`, listensFor: `L${i}` })),
      bullets: ['B1.', 'B2.', 'B3.'],
    });
  });

  it('stops on a question without what the interviewer listens for, and on a bullet without figures or with a vague size', () => {
    const [q1, ...rest] = rows('pm', 5, 3);
    expect(problemsOf(csv([q1!.replace(/,L1$/, ','), ...rest]))).toEqual([
      'data/role-interview.csv:2: listens_for: expected one line on what the interviewer listens for in the answer, got nothing',
      // The row that fails is left out, so the role is a question short.
      'data/role-interview.csv:3: kind: expected 5 to 8 question rows for role "pm", got 4',
    ]);
    const base = rows('pm', 5, 3);
    expect(problemsOf(csv(base, ['pm,bullet,4,Led a large migration.,']))).toEqual([
      'data/role-interview.csv:10: text: expected a bullet with its scale in figures (budget, people, systems, a percentage), got "Led a large migration."',
    ]);
    expect(problemsOf(csv(base, ['pm,bullet,4,Cut costs sharply across 3 sites.,']))).toEqual([
      'data/role-interview.csv:10: text: expected a figure in place of "sharply", got "Cut costs sharply across 3 sites."',
    ]);
    expect(problemsOf(csv(base, ['pm,bullet,4,Ran 3 releases.,Nothing']))).toEqual([
      'data/role-interview.csv:10: listens_for: expected nothing for a résumé bullet, got "Nothing"',
    ]);
  });

  it('the real file gives senior and TPM rungs budget, forecasting, metrics and TPM interview questions', () => {
    const parsed = parseRoleInterview(readFileSync('data/role-interview.csv', 'utf8'));
    const questions = (role: string) => interviewFor(parsed, role).questions.map((q) => q.text.toLowerCase()).join(' ');
    for (const role of ['senior-project-manager', 'senior-it-project-manager', 'programme-manager', 'staff-technical-program-manager', 'principal-technical-program-manager', 'tpm-manager', 'director-technical-program-management']) {
      expect(questions(role), role).toMatch(/budget|headcount/);
      expect(questions(role), role).toMatch(/forecast/);
      expect(questions(role), role).toMatch(/metric|measure/);
    }
    for (const role of ['technical-program-manager', 'senior-technical-program-manager', 'staff-technical-program-manager', 'principal-technical-program-manager']) {
      expect(questions(role), role).toContain('program sense');
      expect(questions(role), role).toContain('system design for a tpm');
    }
  });

  it('stops on too few questions, too many bullets, a repeated number or an unknown kind', () => {
    expect(problemsOf(csv(rows('pm', 4, 3)))).toEqual(['data/role-interview.csv:2: kind: expected 5 to 8 question rows for role "pm", got 4']);
    expect(problemsOf(csv(rows('pm', 5, 6)))).toEqual(['data/role-interview.csv:7: kind: expected 3 to 5 bullet rows for role "pm", got 6']);
    expect(problemsOf(csv(rows('pm', 5, 3), ['pm,question,1,Again?,L']))).toContain('data/role-interview.csv:10: order: expected each question of "pm" numbered once, got 1 twice');
    expect(problemsOf(csv(rows('pm', 5, 3), ['pm,tip,1,Hm.,']))).toContain('data/role-interview.csv:10: kind: expected one of question, bullet, got "tip"');
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
