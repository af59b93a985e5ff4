import type { Dataset } from '../data/downloads';
import type { SkillsAnalysis } from './index';
import type { SkillAssociation } from './association';

type Cell = string | number | undefined;
const r3 = (v: number) => Math.round(v * 1000) / 1000;

export const ASSOCIATION_FILE = 'skills-wage-association.csv';
export const EXCLUDED_FILE = 'skills-occupations-left-out.csv';
export const skillFile = (slug: string) => `skill-${slug}-occupations.csv`;

export const ASSOCIATION_COLUMNS = [
  'element_id',
  'skill',
  'occupations',
  'spearman_rho',
  'importance_q1',
  'importance_q3',
  'top_quarter_occupations',
  'top_quarter_median_wage',
  'bottom_quarter_occupations',
  'bottom_quarter_median_wage',
  'top_to_bottom_ratio',
  'log_wage_slope',
  'fitted_change_per_point_pct',
  'derived',
  'onet_source_url',
  'oews_source_url',
] as const;

export const POINT_COLUMNS = [
  'soc_code',
  'occupation',
  'onet_codes',
  'importance',
  'median_annual_wage',
  'derived',
  'onet_source_url',
  'oews_source_url',
] as const;
export const EXCLUDED_COLUMNS = ['onet_code', 'occupation', 'soc_code', 'reason'] as const;

export const EXCLUSION_TEXT = {
  'no-wage-row': 'OEWS publishes no national wage for it, under its own code, its broad group or a combined code',
  'wage-not-available': 'OEWS publishes no annual median for it (marked *)',
  'wage-top-coded': 'median at or above $239,200, the top of OEWS’s published range (marked #), so it has no exact value',
} as const;

export function associationRows(analysis: SkillsAnalysis): Record<string, Cell>[] {
  const { onetSkills, oews } = analysis.sources;
  return analysis.skills.map((s) => ({
    element_id: s.elementId,
    skill: s.name,
    occupations: s.points.length,
    spearman_rho: r3(s.rho),
    importance_q1: r3(s.quarters.q1),
    importance_q3: r3(s.quarters.q3),
    top_quarter_occupations: s.quarters.topCount,
    top_quarter_median_wage: s.quarters.topMedian,
    bottom_quarter_occupations: s.quarters.bottomCount,
    bottom_quarter_median_wage: s.quarters.bottomMedian,
    top_to_bottom_ratio: r3(s.quarters.ratio),
    log_wage_slope: Math.round(s.line.slope * 10000) / 10000,
    fitted_change_per_point_pct: Math.round(s.line.perPoint * 1000) / 10,
    derived:
      "Spearman rank correlation of O*NET importance (1-5) with OEWS May 2024 median annual wage over the occupations listed in the skill's file; medians of occupations at or above the upper quartile and at or below the lower quartile of importance; least-squares line of ln(wage) on importance. An association across occupations, not a pay premium.",
    onet_source_url: onetSkills.source_url,
    oews_source_url: oews.source_url,
  }));
}

export function pointRows(analysis: SkillsAnalysis, skill: SkillAssociation): Record<string, Cell>[] {
  const groups = new Map(analysis.joined.groups.map((g) => [g.socCode, g]));
  const { onetSkills, oews } = analysis.sources;
  return skill.points.map((p) => {
    const codes = groups.get(p.socCode)?.onetCodes ?? [];
    return {
      soc_code: p.socCode,
      occupation: p.title,
      onet_codes: codes.join(';'),
      importance: r3(p.importance),
      median_annual_wage: p.wage,
      derived: codes.length > 1 ? `importance is the mean of the ${codes.length} O*NET occupations sharing this wage` : undefined,
      onet_source_url: onetSkills.source_url,
      oews_source_url: oews.source_url,
    };
  });
}

export function excludedRows(analysis: SkillsAnalysis): Record<string, Cell>[] {
  return analysis.joined.excluded.map((e) => ({
    onet_code: e.onetCode,
    occupation: e.title,
    soc_code: e.socCode,
    reason: EXCLUSION_TEXT[e.reason],
  }));
}

/** The skills pages' downloads, served beside the data layer's own under /data/. */
export function skillDatasets(analysis: SkillsAnalysis): Dataset[] {
  return [
    { file: ASSOCIATION_FILE, columns: ASSOCIATION_COLUMNS, rows: associationRows(analysis) },
    { file: EXCLUDED_FILE, columns: EXCLUDED_COLUMNS, rows: excludedRows(analysis) },
    ...analysis.skills.map((skill) => ({ file: skillFile(skill.slug), columns: POINT_COLUMNS, rows: pointRows(analysis, skill) })),
  ];
}
