import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../../../src/lib/guides/reading-time';

describe('reading time', () => {
  it('counts prose words but not frontmatter, link targets or tags', () => {
    const mdx = '---\ntitle: "Not counted here"\n---\nRead [the guide](/guides/a-very-long-slug/) now.\n<span>two words</span>';
    expect(countWords(mdx)).toBe(6);
  });
  it('rounds to whole minutes with a floor of one', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(WORDS_PER_MINUTE * 7).fill('word').join(' '))).toBe(7);
  });
});
