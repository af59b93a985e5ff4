import { routes } from './routes';

export const site = {
  name: 'PM Pathways',
  tagline: 'Career guides, role ladders and pay data for IT and technical project management.',
  lang: 'en',
} as const;

export const primaryNav = [
  { label: 'Guides', href: routes.guides() },
  { label: 'Ladders', href: routes.ladders() },
  { label: 'Dashboards', href: routes.dashboards() },
  { label: 'FAQ', href: routes.faqHub() },
  { label: 'Search', href: routes.search() },
] as const;
