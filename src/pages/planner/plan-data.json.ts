import type { APIRoute } from 'astro';
import { loadPlanner } from './_planner';

/** The planner's data for the browser script: the same values the static plan pages are built from. */
export const GET: APIRoute = async () => {
  const { data } = await loadPlanner();
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
