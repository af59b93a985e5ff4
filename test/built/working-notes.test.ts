import { describe, expect, it } from 'vitest';
import { allPages, page } from './site';

/** Words from how the site was made, which readers must never see. */
const NOTES = [/\bbrief\b/i, /\bseed\b/i, /not yet read/i, /as quoted by other sites/i, /not yet verified/i, /\bTODO\b/];

describe('no working notes on public pages', () => {
  it('no built page carries a working-note phrase', () => {
    const found: string[] = [];
    for (const path of allPages()) {
      const doc = page(path);
      doc.querySelectorAll('script, style').forEach((n) => n.remove());
      const text = `${doc.textContent} ${doc.querySelectorAll('[content], [alt], [title], [aria-label]').map((n) => Object.values(n.attributes).join(' ')).join(' ')}`;
      for (const note of NOTES) if (note.test(text)) found.push(`${path}: ${note}`);
    }
    expect(found).toEqual([]);
  });
});
