import type { GuideFrontmatter } from '../../src/lib/guides/schema.ts';

/**
 * Generated guides for the build benchmark: the size and shape of a real guide (about 1,100 words
 * under h2/h3 headings, lists, links, a table, six FAQs) with varied words, so Pagefind indexes
 * realistic text rather than one page repeated. Seeded, so every run builds the same site.
 */

const ROLES = [
  'project-coordinator',
  'project-manager',
  'senior-project-manager',
  'it-project-manager',
  'senior-it-project-manager',
  'programme-manager',
  'technical-project-manager',
  'technical-program-manager',
  'senior-technical-program-manager',
  'software-developer',
  'systems-analyst',
  'it-support-specialist',
  'business-analyst',
  'non-technical-professional',
] as const;

const WORDS = (
  'project plan scope schedule budget risk issue stakeholder sponsor team release migration ' +
  'deployment backlog sprint roadmap milestone dependency estimate forecast status report review ' +
  'meeting decision change request requirement test defect support service incident problem ' +
  'vendor contract procurement governance board steering portfolio programme delivery outcome ' +
  'benefit value customer user engineer developer analyst coordinator manager director leader ' +
  'mentor career interview resume application salary promotion experience skill certificate ' +
  'course exam study practice habit routine workshop retrospective standup kanban scrum agile ' +
  'waterfall hybrid method framework template checklist register log tracker dashboard chart ' +
  'metric target baseline variance quality security cloud data network infrastructure platform ' +
  'system software hardware integration interface architecture design build launch handover ' +
  'training adoption communication negotiation conflict escalation priority tradeoff capacity ' +
  'workload resource hiring onboarding feedback growth confidence clarity focus ownership trust ' +
  'plans guides helps builds tracks runs writes asks agrees checks shares learns leads moves ' +
  'clear early small steady honest useful practical shared weekly monthly visible careful simple'
).split(' ');

const GLUE = ['the', 'a', 'your', 'each', 'every', 'this', 'that', 'with', 'for', 'and', 'to', 'of', 'in', 'on', 'before', 'after'];

/** mulberry32: a tiny, well-known seeded generator; Math.random would make runs differ. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface SyntheticGuide {
  slug: string;
  frontmatter: Record<string, unknown> & Pick<GuideFrontmatter, 'title' | 'related' | 'roles'>;
  body: string;
  /** The .mdx file: frontmatter written as JSON, which is valid YAML. */
  source: string;
}

export const syntheticSlug = (i: number) => `synthetic-guide-${String(i + 1).padStart(4, '0')}`;

export function syntheticGuide(i: number, count: number): SyntheticGuide {
  const rand = rng(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const word = () => (rand() < 0.35 ? pick(GLUE) : pick(WORDS));
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const sentence = () => `${capital(words(9 + Math.floor(rand() * 10)))}.`;
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');
  const slug = syntheticSlug(i);
  const n = i + 1;
  const roles = [pick(ROLES), pick(ROLES)].filter((r, k, all) => all.indexOf(r) === k);
  const related = count > 1 ? [...new Set([1, 2, 3].map((d) => syntheticSlug((i + d) % count)))].filter((s) => s !== slug) : [];

  const parts: string[] = [paragraph(5)];
  for (let s = 1; s <= 7; s++) {
    parts.push(`## Step ${s}: ${capital(words(4))} ${n}`, paragraph(4), paragraph(3));
    if (s % 2 === 0) {
      parts.push(`### ${capital(words(3))} in practice`, paragraph(3));
      parts.push(Array.from({ length: 4 }, () => `- ${words(7)}`).join('\n'));
    }
    if (s === 3) {
      parts.push(`See the [${pick(ROLES).replace(/-/g, ' ')} role](/roles/${pick(ROLES)}/) and the [guides](/guides/) for more.`);
    }
    if (s === 5) {
      parts.push(
        '| Stage | What you do | How long |\n| --- | --- | --- |\n' +
          Array.from({ length: 4 }, (_, r) => `| ${capital(pick(WORDS))} | ${words(6)} | ${r + 2} months |`).join('\n'),
      );
    }
  }
  parts.push('## Your checklist', Array.from({ length: 5 }, () => `- [ ] ${capital(words(8))}`).join('\n'));
  const body = `${parts.join('\n\n')}\n`;

  const faqs = Array.from({ length: 6 }, (_, q) => ({
    question: `Question ${q + 1} of guide ${n}: how does ${pick(WORDS)} affect ${pick(WORDS)}?`,
    answer: `${paragraph(3)}`,
  }));
  const frontmatter = {
    title: `Synthetic guide ${n}: ${capital(words(4))}`,
    description: `Generated guide number ${n} for the build benchmark, about the ${pick(WORDS)} and ${pick(WORDS)} of project work.`,
    audience: `People reading generated guide ${n}.`,
    roles,
    related,
    published: '2026-01-15',
    updated: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    faqs,
  };
  return { slug, frontmatter, body, source: `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\n${body}` };
}
