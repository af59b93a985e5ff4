import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGuides } from '../lib/guides';
import { routes } from '../lib/routes';
import { site } from '../lib/site';

export const GET: APIRoute = async (context) => {
  const guides = await getGuides();
  return rss({
    title: `${site.name} guides`,
    description: site.tagline,
    site: context.site!,
    items: guides.map((guide) => ({
      title: guide.data.title,
      description: guide.data.description,
      pubDate: guide.data.updated,
      link: routes.guide(guide.id),
    })),
  });
};
