import { describe, expect, it } from 'vitest';
import { htmlPassages, PMP_RULE_PARTS, pmpProseProblems } from '../../src/lib/certifications/pmp-prose';
import { allPages, page } from './site';

describe('PMP eligibility on built pages', () => {
  it('every paragraph, list, table row or FAQ answer that states the PMP rule states all of it', { timeout: 120_000 }, () => {
    const problems = allPages().flatMap((path) => pmpProseProblems(htmlPassages(page(path).toString(), path)));
    expect(problems).toEqual([]);
  });

  it('the planner and the certifications page state the full rule', () => {
    for (const path of ['/planner/', '/certifications/', '/glossary/']) {
      const text = htmlPassages(page(path).toString(), path)
        .map((p) => p.text)
        .join(' ');
      for (const part of PMP_RULE_PARTS) expect(text, `${path}: ${part.name}`).toMatch(part.pattern);
    }
  });
});
