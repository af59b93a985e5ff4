import { describe, expect, it } from 'vitest';
import { syntheticGuide } from '../../bench/synthetic-guides';
import { crossCheckGuides } from '../../../src/lib/guides/checks';
import { readsAsPlainMarkdown } from '../../../src/lib/guides/plain-markdown';
import { countWords } from '../../../src/lib/guides/reading-time';
import { guideSchema } from '../../../src/lib/guides/schema';

// The build benchmark is only meaningful if its generated guides would build like real ones.
describe('synthetic guides for the build benchmark', () => {
  const count = 50;
  const guides = Array.from({ length: count }, (_, i) => syntheticGuide(i, count));

  it('pass the guide schema', () => {
    for (const guide of guides) {
      const parsed = guideSchema.safeParse(guide.frontmatter);
      expect([guide.slug, parsed.success ? 'ok' : parsed.error.message]).toEqual([guide.slug, 'ok']);
    }
  });

  it('pass the cross-guide checks (related guides exist, no FAQ asked twice)', () => {
    const entries = guides.map((g) => ({ id: g.slug, data: guideSchema.parse(g.frontmatter) }));
    expect(crossCheckGuides(entries)).toEqual([]);
  });

  it('are about 1,100 words each, with headings, and take the same rendering path as real guides', () => {
    for (const guide of guides) {
      expect(countWords(guide.body)).toBeGreaterThan(1000);
      expect(countWords(guide.body)).toBeLessThan(1200);
      expect(guide.body).toMatch(/^## /m);
      expect(readsAsPlainMarkdown(guide.body)).toBe(true);
    }
  });

  it('are the same on every run, so benchmark runs compare like with like', () => {
    expect(syntheticGuide(7, count).source).toBe(guides[7]!.source);
    expect(guides[7]!.source).not.toBe(guides[8]!.source);
  });
});
