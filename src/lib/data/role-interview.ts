import { z } from 'astro/zod';
import { cell, type Located } from './csv';
import { defineDataFile } from './define';

export const ROLE_INTERVIEW_COLUMNS = ['role', 'kind', 'order', 'text', 'listens_for'] as const;

/** Words that stand in for a size: a bullet states its scale as a figure the reader swaps for their own. */
export const VAGUE_SCALE = ['sharply', 'significantly', 'dramatically', 'a few thousand', 'hundreds of', 'thousands of', 'many teams', 'several teams'] as const;

const row = z
  .object({
    role: cell.id(),
    kind: cell.oneOf(['question', 'bullet']),
    order: cell.count(),
    text: cell.text(),
    listens_for: cell.optionalText(),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'question' && r.listens_for === undefined) {
      ctx.addIssue({ code: 'custom', path: ['listens_for'], message: 'expected one line on what the interviewer listens for in the answer' });
    }
    if (r.kind === 'bullet' && r.listens_for !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['listens_for'], message: 'expected nothing for a résumé bullet' });
    }
    if (r.kind === 'bullet' && !/\d/.test(r.text)) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'expected a bullet with its scale in figures (budget, people, systems, a percentage)' });
    }
    const vague = r.kind === 'bullet' ? VAGUE_SCALE.find((w) => r.text.toLowerCase().includes(w)) : undefined;
    if (vague) ctx.addIssue({ code: 'custom', path: ['text'], message: `expected a figure in place of "${vague}"` });
  });

export type RoleInterviewRow = Located<z.output<typeof row>>;

/** How much material each role carries: enough to practise with, few enough to read. */
export const INTERVIEW_LIMITS = { question: { min: 5, max: 8 }, bullet: { min: 3, max: 5 } } as const;

export interface InterviewQuestion {
  text: string;
  /** One line: what the interviewer listens for in an answer. */
  listensFor: string;
}

export interface RoleInterview {
  questions: InterviewQuestion[];
  bullets: string[];
}

/**
 * Per-file rules: each role has 5-8 questions and 3-5 bullets, each numbered once. Whether the
 * role exists is checked against data/roles.csv by roleInterviewProblems().
 */
function interviewProblems(rows: readonly RoleInterviewRow[], file: string): string[] {
  const problems: string[] = [];
  const byRole = new Map<string, RoleInterviewRow[]>();
  for (const r of rows) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r]);
  for (const [role, items] of byRole) {
    for (const kind of ['question', 'bullet'] as const) {
      const mine = items.filter((i) => i.kind === kind);
      const { min, max } = INTERVIEW_LIMITS[kind];
      if (mine.length < min || mine.length > max) {
        problems.push(`${file}:${(mine[0] ?? items[0]!).line}: kind: expected ${min} to ${max} ${kind} rows for role "${role}", got ${mine.length}`);
      }
      const seen = new Set<number>();
      for (const i of mine) {
        if (seen.has(i.order)) problems.push(`${file}:${i.line}: order: expected each ${kind} of "${role}" numbered once, got ${i.order} twice`);
        seen.add(i.order);
      }
    }
  }
  return problems;
}

export const roleInterviewFile = defineDataFile({ name: 'role-interview.csv', columns: ROLE_INTERVIEW_COLUMNS, row, check: interviewProblems });

export function parseRoleInterview(text: string, file = 'data/role-interview.csv'): RoleInterviewRow[] {
  return roleInterviewFile.parse(text, file);
}

/** One role's questions and bullets, in their stated order. */
export function interviewFor(rows: readonly RoleInterviewRow[], roleId: string): RoleInterview {
  const mine = rows.filter((r) => r.role === roleId).sort((a, b) => a.order - b.order);
  return {
    questions: mine.filter((r) => r.kind === 'question').map((r) => ({ text: r.text, listensFor: r.listens_for ?? '' })),
    bullets: mine.filter((r) => r.kind === 'bullet').map((r) => r.text) };
}

/** Every row names a role in data/roles.csv, and every role has material. */
export function roleInterviewProblems(rows: readonly RoleInterviewRow[], roleIds: readonly string[], file = 'data/role-interview.csv'): string[] {
  const known = new Set(roleIds);
  const problems = rows.filter((r) => !known.has(r.role)).map((r) => `${file}:${r.line}: role: expected a role id in data/roles.csv, got "${r.role}"`);
  const covered = new Set(rows.map((r) => r.role));
  for (const id of roleIds) if (!covered.has(id)) problems.push(`${file}:1: role: expected interview questions and résumé bullets for every role in data/roles.csv, got none for "${id}"`);
  return problems;
}
