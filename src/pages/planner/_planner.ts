/**
 * The planner's data for its pages, read once per build: the role graph, guides, FAQs and site
 * data go through buildPlannerData() (src/lib/planner/data.ts). Lives beside the pages because it
 * reads astro:content and the data folder, which the planner's own modules never do.
 */
import { loadSiteData } from '../../lib/data/index';
import { getAllFaqs, getGuides } from '../../lib/guides';
import { getGraph } from '../../lib/ladder';
import { indexData, type PlannerIndex } from '../../lib/planner';
import { buildPlannerData } from '../../lib/planner/data';
import { plannerGaps } from '../../lib/skills';

let cache: Promise<PlannerIndex> | undefined;

/** The site's planner data, indexed, built once per build from the same sources as the ladders. */
export function loadPlanner(): Promise<PlannerIndex> {
  cache ??= (async () => {
    const graph = getGraph();
    const guides = await getGuides();
    const texts = guides.map((g) => ({
      slug: g.id,
      title: g.data.title,
      text: [g.data.title, g.data.description, ...g.data.faqs.map((f) => f.question)].join(' '),
    }));
    const data = loadSiteData();
    return indexData(
      buildPlannerData(
        graph,
        data.pay,
        data.crosswalkByRole,
        guides,
        await getAllFaqs(),
        plannerGaps(data, graph.moves, texts),
        data.certificationFacts,
      ),
    );
  })();
  return cache;
}
