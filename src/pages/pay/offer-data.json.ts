import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/data';
import { offerData } from '../../lib/pay/offer-data';

/** The offer check's data for the browser script: the same rows the page's tables show. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(offerData(loadSiteData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
