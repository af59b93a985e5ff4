import { describe, expect, it } from 'vitest';
import { routes } from '../../../src/lib/routes';
import { faqId } from '../../../src/lib/guides/faq-id';

describe('FAQ routes', () => {
  const id = faqId('How do I find a mentor in project management?');

  it('gives each FAQ a page under its guide, without repeating "faq-"', () => {
    expect(routes.faqPage('non-technical-route-to-project-coordinator', id)).toBe(
      '/faq/non-technical-route-to-project-coordinator/how-do-i-find-a-mentor-in-project-management/',
    );
  });

  it('turns a FAQ page back into the FAQ’s anchor in its guide', () => {
    expect(routes.faqFromPage(routes.faqPage('g', id))).toBe(routes.faq('g', id));
  });

  it('turns nothing else into a FAQ', () => {
    for (const path of [routes.faqHub(), routes.guide('g'), '/faq/g/', '/faq/g/q/extra/', '/faq/G/q/']) {
      expect(routes.faqFromPage(path)).toBeUndefined();
    }
  });
});
