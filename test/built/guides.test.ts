import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faqId } from '../../src/lib/guides/faq-id';
import { parse } from 'yaml';
import { pageText, readingMinutes } from '../../src/lib/guides/reading-time';
import { filesUnder } from '../unit/content/files';
import { jsonLd, page } from './site';

// Read the sources independently of the site code, so a page that drops a FAQ is caught.
const guides = filesUnder('content/guides', /\.mdx$/).map((file) => {
  const text = readFileSync(file, 'utf8');
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const questions = [...text.matchAll(/^\s*- question:\s*"?(.+?)"?\s*$/gm)].map((m) => m[1]!);
  const topics = [...text.matchAll(/^\s*topic:\s*(\S+)\s*$/gm)].map((m) => m[1]!);
  const title = /^title:\s*"?(.+?)"?\s*$/m.exec(text)![1]!;
  const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { faqs: { question: string; answer: string }[] };
  // The page shows the body and then the FAQs: an honest reading time counts both.
  const minutes = readingMinutes(pageText(text.replace(/^---\n[\s\S]*?\n---\n/, '').trim(), front.faqs));
  return { slug, title, questions, topics, minutes };
});

// Where each question's own page is linked: read once, not once per question of every guide.
const faqHub = page('/faq/');

describe.each(guides)('guide page /guides/$slug/', ({ slug, title, questions, minutes }) => {
  const doc = page(`/guides/${slug}/`);

  it('has the title as its only h1 and a reading time and updated date', () => {
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([title]);
    expect(doc.querySelector('.meta')?.textContent).toMatch(/\d+ min read · Updated \d{1,2} \w+ \d{4}/);
    // The page's figure comes from content sync, not from the body; it must match the source.
    expect(doc.querySelector('.meta')?.textContent).toMatch(new RegExp(`(^|\\D)${minutes} min read`));
    expect(doc.querySelector('.meta time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('carries Article JSON-LD; each of its FAQs carries FAQPage JSON-LD on its own page', () => {
    const data = jsonLd(doc);
    expect(data.find((d) => d['@type'] === 'Article')).toMatchObject({ headline: title });
    expect(data.find((d) => d['@type'] === 'FAQPage')).toBeUndefined();
    for (const q of questions) {
      const href = faqHub.getElementById(faqId(q))?.querySelector('h3 a')?.getAttribute('href');
      const faqPage = jsonLd(page(href!)).find((d) => d['@type'] === 'FAQPage') as
        { url: string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] } | undefined;
      expect(
        faqPage?.mainEntity.map((e) => e.name),
        href,
      ).toEqual([q]);
      expect(faqPage?.url).toBe(`https://pm-pathways.example${href}`);
    }
  });

  it('gives every FAQ an anchor, listed in the table of contents section', () => {
    for (const q of questions) expect(doc.getElementById(faqId(q))?.querySelector('h3')?.textContent).toBe(q);
    expect(doc.querySelector('.toc a[href="#faqs"]')).not.toBeNull();
  });

  it('ships no JavaScript', () => {
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });
});

describe('FAQ hub /faq/', () => {
  it('lists every FAQ under its topic, each linking to its own page', () => {
    for (const { slug, questions, topics } of guides) {
      questions.forEach((q, i) => {
        const entry = faqHub.getElementById(faqId(q));
        expect(entry?.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby'), q).toBe(`topic-${topics[i]}`);
        const link = entry?.querySelector('h3 a');
        expect(link?.textContent).toBe(q);
        expect(link?.getAttribute('href')).toMatch(new RegExp(`^/faq/${slug}/[a-z0-9-]+/$`));
      });
    }
  });
});

describe('site frame', () => {
  it('has a guides index linking every guide, an RSS feed and a sitemap', () => {
    const index = page('/guides/');
    for (const { slug } of guides) expect(index.querySelector(`a[href="/guides/${slug}/"]`)).not.toBeNull();
    const rss = readFileSync('dist/rss.xml', 'utf8');
    for (const { slug } of guides) expect(rss).toContain(`/guides/${slug}/`);
    expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain('sitemap-0.xml');
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/);
  });
  it('has a 404 page and a skip link on every page', () => {
    expect(page('/404.html').querySelector('h1')?.textContent).toMatch(/could not find/i);
    expect(page('/').querySelector('a.skip-link[href="#main"]')).not.toBeNull();
  });
});

describe('downloadable templates', () => {
  const names = readdirSync('public/templates');
  it('the week-in-the-life guide offers each template as a download, and the build ships the file', () => {
    const doc = page('/guides/a-week-in-the-life-of-project-and-program-managers/');
    for (const name of names) {
      const link = doc.querySelector(`a[href="/templates/${name}"]`);
      expect(link?.hasAttribute('download'), name).toBe(true);
      expect(readFileSync(`dist/templates/${name}`, 'utf8')).toBe(readFileSync(`public/templates/${name}`, 'utf8'));
    }
  });
});
