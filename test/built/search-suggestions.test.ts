/** The search page's questions before typing: every one the site chose is offered, linked to its answer in a guide. */
import { describe, expect, it } from 'vitest';
import { TOP_QUESTIONS } from '../../src/lib/search/suggestions';
import { page } from './site';

describe('search suggestions on the built search page', () => {
  const doc = page('/search/');
  const links = doc
    .querySelectorAll('a')
    .map((a) => ({ text: a.textContent.replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') ?? '' }));

  it.each(TOP_QUESTIONS)('offers "%s" with a link to its answer in a guide', (question) => {
    const link = links.find((l) => l.text === question);
    expect(link, question).toBeDefined();
    expect(link!.href).toMatch(/^\/guides\/[^/]+\/#faq-/);
  });
});
