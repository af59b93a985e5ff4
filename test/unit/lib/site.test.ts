import { describe, expect, it } from 'vitest';
import { currentNavHref, primaryNav } from '../../../src/lib/site';
import { routes } from '../../../src/lib/routes';

describe('the main navigation', () => {
  it('names the six places the site is organised around', () => {
    expect(primaryNav.map((item) => item.label)).toEqual(['Guides', 'Roles and ladders', 'Pay and outlook', 'Planner', 'FAQ', 'Search']);
  });

  it('marks the section a page belongs to, not only its own page', () => {
    expect(currentNavHref(routes.guide('enter-it-project-management'))).toBe(routes.guides());
    expect(currentNavHref(routes.role('project-manager'))).toBe(routes.ladders());
    expect(currentNavHref(routes.compare('a', 'b'))).toBe(routes.ladders());
    expect(currentNavHref(routes.skill('coordination'))).toBe(routes.dashboards());
    expect(currentNavHref(routes.plannerFrom('project-manager'))).toBe(routes.planner());
    expect(currentNavHref('/faq/some-guide/some-question/')).toBe(routes.faqHub());
  });

  it('marks nothing on the home page', () => {
    expect(currentNavHref(routes.home())).toBeUndefined();
  });
});
