import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../../../src/lib/guides/reading-time';

describe('reading time', () => {
  it('counts prose words but not frontmatter, link targets or tags', () => {
    const mdx = '---\ntitle: "Not counted here"\n---\nRead [the guide](/guides/a-very-long-slug/) now.\n<span>two words</span>';
    expect(countWords(mdx)).toBe(6);
  });
  it('rounds to whole minutes with a floor of one', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(
      readingMinutes(
        Array(WORDS_PER_MINUTE * 7)
          .fill('word')
          .join(' '),
      ),
    ).toBe(7);
  });
});

describe('pageText', () => {
  it('adds the FAQs a guide page shows to the words counted', async () => {
    const { countWords, pageText } = await import('../../../../src/lib/guides/reading-time');
    const body = 'One two three.';
    expect(countWords(pageText(body, [{ question: 'Four five?', answer: 'Six seven eight.' }]))).toBe(8);
    expect(countWords(pageText(body))).toBe(3);
  });
});
