import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../../../src/lib/search/excerpt';

describe('parseExcerpt', () => {
  it('splits marked words from plain text', () => {
    expect(parseExcerpt('find a <mark>mentor</mark> in <mark>project</mark> management')).toEqual([
      { text: 'find a ', marked: false },
      { text: 'mentor', marked: true },
      { text: ' in ', marked: false },
      { text: 'project', marked: true },
      { text: ' management', marked: false },
    ]);
  });

  it('decodes entities into text instead of markup', () => {
    expect(parseExcerpt('R&amp;D &lt;script&gt; &#39;quoted&#x27; &quot;x&quot;')).toEqual([
      { text: `R&D <script> 'quoted' "x"`, marked: false },
    ]);
  });

  it('drops any tag other than mark and keeps its text', () => {
    expect(parseExcerpt('<b>bold</b> and <mark class="x">hit</mark>')).toEqual([
      { text: 'bold and ', marked: false },
      { text: 'hit', marked: true },
    ]);
  });

  it('leaves unknown entities as written', () => {
    expect(parseExcerpt('&bogus; &#0;')).toEqual([{ text: '&bogus; &#0;', marked: false }]);
  });
});
