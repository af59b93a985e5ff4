import { routes } from './routes';

/** One step of a page's trail; the last one is the page itself and has no link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/**
 * schema.org BreadcrumbList for a trail, Home first. Search engines want absolute URLs, so every
 * item, the current page included, is resolved against the site's address.
 */
export function breadcrumbJsonLd(trail: readonly Crumb[], pageUrl: URL, site: URL): Record<string, unknown> {
  const full: Crumb[] = [{ label: 'Home', href: routes.home() }, ...trail];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: full.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href === undefined ? pageUrl.href : new URL(crumb.href, site).href,
    })),
  };
}
