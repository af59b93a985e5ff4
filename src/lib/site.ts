import { routes } from './routes';

export const site = {
  name: 'PM Pathways',
  tagline: 'Career guides, role ladders and pay data for IT and technical project management.',
  lang: 'en',
} as const;

/** The main navigation; an item is current on its own page and on every page under `sections`. */
export const primaryNav = [
  { label: 'Guides', href: routes.guides(), sections: [routes.guides(), routes.certifications(), routes.glossary()] },
  { label: 'Roles and ladders', href: routes.ladders(), sections: [routes.ladders(), routes.roles(), routes.compares()] },
  {
    label: 'Pay and outlook',
    href: routes.dashboards(),
    sections: [routes.dashboards(), /* every skill page */ routes.skill('').replace(/\/\/$/, '/')],
  },
  { label: 'Planner', href: routes.planner(), sections: [routes.planner()] },
  { label: 'FAQ', href: routes.faqHub(), sections: [routes.faqHub()] },
  { label: 'Search', href: routes.search(), sections: [routes.search()] },
] as const;

/** The nav item a path belongs to: the one whose section prefix matches longest. */
export function currentNavHref(path: string): string | undefined {
  let best: { href: string; length: number } | undefined;
  for (const item of primaryNav) {
    for (const prefix of item.sections) {
      if (path.startsWith(prefix) && (!best || prefix.length > best.length)) best = { href: item.href, length: prefix.length };
    }
  }
  return best?.href;
}
