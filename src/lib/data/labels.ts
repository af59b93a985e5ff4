/**
 * The pay vocabularies and how readers see them, with no imports, so browser code (the planner)
 * can use the same words as the pages.
 */

/** BLS statistics (oews.csv) and PMI's practitioner surveys (certifications.csv, experience.csv): the kinds of source the data has. */
export const SOURCE_KINDS = ['government', 'practitioner-survey'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** BLS base wages; PMI's self-reported salaries. */
export const MEASURES = ['base-wage', 'salary'] as const;
export type Measure = (typeof MEASURES)[number];

/** How each kind of source is named to readers, in charts, tables and prose. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  government: 'Government statistics',
  'practitioner-survey': 'Practitioner survey',
};

/** Each measure in words, mid-sentence ("the median base wage"); capitalised where it heads a cell. */
export const MEASURE_LABELS: Record<Measure, string> = {
  'base-wage': 'base wage',
  salary: 'salary',
};
