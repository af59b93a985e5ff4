import type { Importer } from './index.ts';
import { DataError, readSourceTable, writeCsv, type SourceTable } from './csv-io.ts';
import { PUBLISHER_FILES } from '../publishers.ts';

/**
 * Reshapes O*NET 29.0/29.2 and OEWS May 2025 source files (in the sources folder) into the compact
 * files under data/ that the site builds from. Values are copied as published: one row per
 * occupation and element with the Importance (IM) and Level (LV) ratings side by side, wages with
 * BLS's markers kept. Nothing is recomputed here.
 */
type Row = Record<string, string>;

/** One problem in a source file, in the message shape every data error has. */
const problem = (message: string) => new DataError([message]);

export const SCALE_RANGES = { IM: [1, 5], LV: [0, 7] } as const;

/**
 * Pairs each occupation-element's IM and LV rows. A pair missing a scale, or a rating outside the
 * scale's range, stops the import naming the source file, line and column.
 */
export function pairRatings(table: SourceTable): Array<{ onet_code: string; element_id: string; element_name: string; importance: string; level: string; date: string }> {
  const pairs = new Map<string, { onet_code: string; element_id: string; element_name: string; IM?: string; LV?: string; date: string; line: number }>();
  for (const { line, row } of table.rows) {
    const scale = row['Scale ID'];
    if (scale !== 'IM' && scale !== 'LV') throw problem(`${table.file}:${line}: Scale ID: expected IM or LV, got ${JSON.stringify(scale ?? '')}`);
    const value = row['Data Value'] ?? '';
    const n = Number(value);
    const [low, high] = SCALE_RANGES[scale];
    if (value.trim() === '' || !Number.isFinite(n) || n < low || n > high) {
      throw problem(`${table.file}:${line}: Data Value: expected a ${scale} rating from ${low} to ${high}, got ${JSON.stringify(value)}`);
    }
    const key = `${row['O*NET-SOC Code']}|${row['Element ID']}`;
    const pair = pairs.get(key) ?? { onet_code: row['O*NET-SOC Code']!, element_id: row['Element ID']!, element_name: row['Element Name']!, date: row['Date'] ?? '', line };
    // The two scales of one rating are collected together; a different date would mean two surveys.
    if (row['Date'] !== pair.date) throw problem(`${table.file}:${line}: Date: expected ${JSON.stringify(pair.date)} as on the other scale of ${pair.onet_code} ${pair.element_id}, got ${JSON.stringify(row['Date'] ?? '')}`);
    if (pair[scale] !== undefined) throw problem(`${table.file}:${line}: Scale ID: expected one ${scale} row for ${pair.onet_code} ${pair.element_id}, got a second`);
    pair[scale] = value;
    pairs.set(key, pair);
  }
  return [...pairs.values()].map((p) => {
    for (const scale of ['IM', 'LV'] as const) {
      if (p[scale] === undefined) throw problem(`${table.file}:${p.line}: Scale ID: expected both IM and LV rows for ${p.onet_code} ${p.element_id}, got no ${scale} row`);
    }
    return { onet_code: p.onet_code, element_id: p.element_id, element_name: p.element_name, importance: p.IM!, level: p.LV!, date: p.date };
  });
}

const ONET_29_0 = 'onet-29-0';
const ONET_29_2 = 'onet-29-2';
const OEWS = 'oews-m2025';

/** The rows of data/skill-sources.csv: every other file's `source` cell names one of these. */
export const SKILL_SOURCES = [
  { id: ONET_29_0, publisher: 'National Center for O*NET Development for USDOL/ETA', release: 'O*NET 29.0 Database (August 2024)', reference_period: 'the month and year O*NET gives for each rating (the date column)', region: 'United States', statistic: 'skill and knowledge ratings: Importance (1-5) and Level (0-7), occupation means', source_url: PUBLISHER_FILES.onet290 },
  { id: ONET_29_2, publisher: 'National Center for O*NET Development for USDOL/ETA', release: 'O*NET 29.2 Database (February 2025)', reference_period: 'tasks and education: the month and year O*NET gives for each row (the date column); titles, technology skills and related occupations: the release', region: 'United States', statistic: 'occupation titles, tasks, technology skills, education levels (percent of respondents), related occupations', source_url: PUBLISHER_FILES.onet292 },
  { id: OEWS, publisher: 'U.S. Bureau of Labor Statistics', release: 'Occupational Employment and Wage Statistics, May 2025 (national, cross-industry)', reference_period: 'May 2025', region: 'United States', statistic: 'median annual and hourly wage by detailed occupation', source_url: PUBLISHER_FILES.oewsNational(2025) },
];

/** The O*NET profiles the crosswalk gives roles (its own and the one rated in their stead). */
function roleCodes(dataDir: string): Set<string> {
  const codes = new Set<string>();
  for (const { row } of readSourceTable(dataDir, 'crosswalk.csv').rows) for (const c of [row['onet_code'], row['onet_ratings_code']]) if (c) codes.add(c);
  return codes;
}

export function importOnet(sourcesDir: string, dataDir: string): Record<string, string> {
  const roles = roleCodes(dataDir);
  const skills = pairRatings(readSourceTable(sourcesDir, 'onet/onet_29.0_skills_all_occupations.csv'));
  const knowledge = pairRatings(readSourceTable(sourcesDir, 'onet/onet_29.0_knowledge_all_occupations.csv'));
  // Descriptions come from the 29.2 Content Model Reference, which ships unmodified beside the extracts.
  const model = readSourceTable(sourcesDir, 'onet/original_29.2/Content Model Reference.txt', '\t');
  const description = new Map(model.rows.map(({ row }) => [row['Element ID']!, row['Description']!]));
  const elements = new Map<string, Row>();
  const element = (r: (typeof skills)[number], domain: string) => {
    const text = description.get(r.element_id);
    if (text === undefined) throw problem(`${model.file}:1: Element ID: expected a row for ${r.element_id} (${r.element_name}), got none`);
    elements.set(r.element_id, { element_id: r.element_id, name: r.element_name, domain, description: text, source: ONET_29_2 });
  };
  for (const r of skills) element(r, 'skill');
  for (const r of knowledge) element(r, 'knowledge');

  const occupations = readSourceTable(sourcesDir, 'onet/onet_29.2_occupation_data_all.csv').rows.map(({ row }) => ({ onet_code: row['O*NET-SOC Code']!, title: row['Title']!, source: ONET_29_2 }));
  const forRoles = (table: SourceTable) => table.rows.filter(({ row }) => roles.has(row['O*NET-SOC Code']!)).map(({ row }) => row);

  const tasks = forRoles(readSourceTable(sourcesDir, 'onet/onet_29.2_task_statements_selected.csv')).map((r) => ({ onet_code: r['O*NET-SOC Code']!, task_id: r['Task ID']!, task: r['Task']!, task_type: r['Task Type']!, date: r['Date']!, source: ONET_29_2 }));
  const technology = forRoles(readSourceTable(sourcesDir, 'onet/onet_29.2_technology_skills_selected.csv')).map((r) => ({ onet_code: r['O*NET-SOC Code']!, example: r['Example']!, commodity_title: r['Commodity Title']!, hot_technology: r['Hot Technology']!, in_demand: r['In Demand']!, source: ONET_29_2 }));
  const education = forRoles(readSourceTable(sourcesDir, 'onet/onet_29.2_education_training_experience_selected.csv'))
    .filter((r) => r['Scale ID'] === 'RL')
    .map((r) => ({ onet_code: r['O*NET-SOC Code']!, category: r['Category']!, percent: r['Data Value']!, date: r['Date']!, source: ONET_29_2 }));
  const related = forRoles(readSourceTable(sourcesDir, 'onet/onet_29.2_related_occupations_selected.csv')).map((r) => ({ onet_code: r['O*NET-SOC Code']!, related_code: r['Related O*NET-SOC Code']!, tier: r['Relatedness Tier']!, rank: r['Index']!, source: ONET_29_2 }));

  const oews = readSourceTable(sourcesDir, 'bls-oews-m2025/oews_national_M2025_all.csv');
  const wages = oews.rows.filter(({ row }) => row['O_GROUP'] === 'detailed').map(({ row }) => ({ soc_code: row['OCC_CODE']!, title: row['OCC_TITLE']!, a_median: row['A_MEDIAN']!, h_median: row['H_MEDIAN']!, source: OEWS }));

  const rated = (rows: typeof skills) => rows.map((r) => ({ onet_code: r.onet_code, element_id: r.element_id, importance: r.importance, level: r.level, date: r.date, source: ONET_29_0 }));
  return {
    'skill-sources.csv': writeCsv(['id', 'publisher', 'release', 'reference_period', 'region', 'statistic', 'source_url'], SKILL_SOURCES),
    'onet-elements.csv': writeCsv(['element_id', 'name', 'domain', 'description', 'source'], [...elements.values()]),
    'onet-occupations.csv': writeCsv(['onet_code', 'title', 'source'], occupations),
    'onet-skills.csv': writeCsv(['onet_code', 'element_id', 'importance', 'level', 'date', 'source'], rated(skills)),
    'onet-role-knowledge.csv': writeCsv(['onet_code', 'element_id', 'importance', 'level', 'date', 'source'], rated(knowledge.filter((r) => roles.has(r.onet_code)))),
    'onet-role-tasks.csv': writeCsv(['onet_code', 'task_id', 'task', 'task_type', 'date', 'source'], tasks),
    'onet-role-technology.csv': writeCsv(['onet_code', 'example', 'commodity_title', 'hot_technology', 'in_demand', 'source'], technology),
    'onet-role-education.csv': writeCsv(['onet_code', 'category', 'percent', 'date', 'source'], education),
    'onet-related.csv': writeCsv(['onet_code', 'related_code', 'tier', 'rank', 'source'], related),
    'oews-wages.csv': writeCsv(['soc_code', 'title', 'a_median', 'h_median', 'source'], wages),
  };
}

export const onetImporter: Importer = {
  name: 'onet',
  run: (sourcesDir, dataDir = 'data') => importOnet(sourcesDir, dataDir),
};
