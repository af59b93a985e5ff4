import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../lib/data';
import { datasets, toCsv, type Dataset } from '../../lib/data/downloads';
import { skillsAnalysis } from '../../lib/skills';
import { skillDatasets } from '../../lib/skills/datasets';

/** One static CSV per dataset: exactly the rows a chart draws, so a reader can check every figure. */
export const getStaticPaths = (() => {
  const data = loadSiteData();
  return [...datasets(data), ...skillDatasets(skillsAnalysis(data))].map((dataset) => ({ params: { file: dataset.file }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(toCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
