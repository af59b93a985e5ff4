import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { normalisedWords } from '../../../src/lib/text/overlap';
import { filesUnder } from './files';

const FILE = 'content/requirements/guides.yaml';
const requirementsSchema = z.strictObject({
  questions: z.array(z.string().regex(/\?$/, 'expected a question ending in "?"')).min(1),
  facts: z.array(z.strictObject({ guide: z.string().regex(/^[a-z0-9-]+$/), fact: z.string().min(10), terms: z.array(z.string().min(2)).min(1) })).min(1),
});
const requirements = requirementsSchema.parse(parse(readFileSync(FILE, 'utf8')));

// Words that carry no meaning of their own; what is left must match for a question to count as answered.
const STOP = new Set('a an and are as at be by can do does for from help how i in is it me my of on or the to what which who why with you your available key'.split(' '));
const contentWords = (text: string) => new Set(normalisedWords(text).filter((w) => !STOP.has(w)));

const guides = new Map(filesUnder('content/guides', /\.mdx$/).map((file) => [file.replace(/^.*\/|\.mdx$/g, ''), readFileSync(file, 'utf8')]));
const guideQuestions = [...guides].flatMap(([slug, text]) => [...text.matchAll(/^\s*- question:\s*"?(.+?)"?\s*$/gm)].map((m) => ({ slug, question: m[1]! })));

/** The share of a required question's meaningful words that a guide's question keeps. */
export function kept(required: string, asked: string): number {
  const wanted = contentWords(required);
  const have = contentWords(asked);
  return [...wanted].filter((w) => have.has(w)).length / wanted.size;
}

describe(`${FILE}`, () => {
  it('matches reworded questions and not unrelated ones', () => {
    expect(kept('How do I find a mentor in project management?', 'Where can you find a project management mentor?')).toBe(1);
    expect(kept('How do I find a mentor in project management?', 'How long is the PMP exam?')).toBeLessThan(0.75);
  });

  it('names only guides that exist', () => {
    expect(requirements.facts.map((f) => f.guide).filter((g) => !guides.has(g))).toEqual([]);
  });

  it.each(requirements.questions)('a guide FAQ answers: %s', (question) => {
    const best = guideQuestions.map((g) => ({ ...g, kept: kept(question, g.question) })).sort((a, b) => b.kept - a.kept)[0];
    expect(best, `no guide FAQ covers "${question}"`).toBeDefined();
    expect(best!.kept, `closest guide FAQ is "${best!.question}" in ${best!.slug}`).toBeGreaterThanOrEqual(0.75);
  });

  it.each(requirements.facts)('$guide states $fact', ({ guide, terms }) => {
    const text = (guides.get(guide) ?? '').toLowerCase();
    expect(terms.filter((t) => !text.includes(t.toLowerCase()))).toEqual([]);
  });
});
