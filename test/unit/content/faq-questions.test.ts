import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './files';

/** Questions are compared as a reader would: case, punctuation and spacing aside. */
const normalize = (q: string) => q.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const faqs = filesUnder('content/guides', /\.mdx$/).flatMap((file) => {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return ((parse(front) as { faqs?: { question: string; topic?: string }[] }).faqs ?? []).map((f) => ({ file, question: f.question, topic: f.topic }));
});

describe('no two FAQs share a question', () => {
  it('reads every guide\'s FAQs', () => {
    expect(faqs.length).toBeGreaterThanOrEqual(40);
  });
  it('each question appears once across the site', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const f of faqs) {
      const key = normalize(f.question);
      const first = seen.get(key);
      if (first) repeats.push(`"${f.question}" in ${f.file} and ${first}`);
      else seen.set(key, f.file);
    }
    expect(repeats).toEqual([]);
  });
  it('every FAQ is filed under a hub topic', () => {
    expect(faqs.filter((f) => f.topic === undefined).map((f) => `${f.file}: ${f.question}`)).toEqual([]);
  });
});
