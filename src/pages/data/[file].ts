import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../lib/data';
import { datasets, otherDataFiles, toCsv, toJson, type Dataset } from '../../lib/data/downloads';
import { geoDatasets } from '../../lib/pay/geo-datasets';
import { skillsAnalysis } from '../../lib/skills';
import { skillDatasets } from '../../lib/skills/datasets';

/**
 * One static CSV per dataset (exactly the rows a chart draws, or a whole data file), and a JSON
 * copy of each whole data file, so a reader can check every figure.
 */
export const getStaticPaths = (() => {
  const data = loadSiteData();
  const own = [...datasets(data), ...skillDatasets(skillsAnalysis(data)), ...geoDatasets(data)];
  return [...own, ...otherDataFiles(data, own)].flatMap((dataset: Dataset) => [
    { params: { file: dataset.file }, props: { dataset, format: 'csv' as const } },
    ...(dataset.source ? [{ params: { file: dataset.file.replace(/\.csv$/, '.json') }, props: { dataset, format: 'json' as const } }] : []),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset; format: 'csv' | 'json' }> = ({ props }) =>
  props.format === 'json'
    ? new Response(toJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(toCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
