/** The planner's data built from the real site data and guides, shared by the planner's unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { loadSiteData } from '../../../../src/lib/data/index';
import { faqId } from '../../../../src/lib/guides/faq-id';
import { guideSchema } from '../../../../src/lib/guides/schema';
import { getGraph } from '../../../../src/lib/ladder';
import { indexData } from '../../../../src/lib/planner';
import { buildPlannerData, type FaqInput, type GuideInput } from '../../../../src/lib/planner/data';

/** The real guides, read the way the content collection reads them, in getGuides' order. */
export function realGuides(): { guides: GuideInput[]; faqs: FaqInput[] } {
  const parsed = readdirSync('content/guides')
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const front = readFileSync(`content/guides/${file}`, 'utf8').split(/^---$/m)[1]!;
      const data = guideSchema.parse(parseYaml(front));
      return { id: data.slug ?? file.replace(/\.mdx$/, ''), filePath: `content/guides/${file}`, data };
    })
    .sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title));
  return {
    guides: parsed,
    faqs: parsed.flatMap((g) => g.data.faqs.map((f) => ({ id: faqId(f.question), question: f.question, answer: f.answer, guide: g }))),
  };
}

export const graph = getGraph();
export const site = loadSiteData();
export const payRows = site.pay;
export const payById = new Map(payRows.map((p) => [p.id, p]));
export const { guides, faqs } = realGuides();
export const data = buildPlannerData(graph, payRows, site.crosswalkByRole, guides, faqs, {}, site.certificationFacts);
export const index = indexData(data);
export const nothing = { skills: [], certifications: [] };
