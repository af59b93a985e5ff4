/**
 * A plan as DOM nodes: the same markup src/components/planner/PlanAnswer.astro writes at build
 * time. Text goes in through text nodes only, never as HTML, so no data can inject markup.
 */
import {
  heldText,
  missingText,
  moveText,
  payText,
  readingText,
  sourceLines,
  yearsText,
  type Plan,
  type PlanInput,
} from '../../lib/planner';
import { certificationText, towardText } from '../../lib/planner/certifications';
import type { CertAdvice } from '../../lib/planner/cert-advice';
import { routes } from '../../lib/routes';
import { ONET_PLANNER_ATTRIBUTION, onetGapSize, onetGapSummary, type PlannerOnetGaps } from '../../lib/skills/planner-gaps';

type Child = Node | string | false | undefined;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) node.append(child);
  return node;
}

const link = (href: string, text: string, attrs: Record<string, string> = {}) => el('a', { href, ...attrs }, text);

function tags(items: readonly string[]): Child {
  return items.length > 0 && el('ul', { class: 'plan-tags' }, ...items.map((item) => el('li', {}, item)));
}

/** The certification answer from the reader's years and education, above the rungs. */
export function renderAdvice(advice: CertAdvice): HTMLElement {
  return el(
    'section',
    { class: 'plan-certs', 'aria-labelledby': 'plan-certs-title' },
    el('h3', { id: 'plan-certs-title' }, 'Which certification you can take'),
    ...advice.lines.map((line) => el('p', {}, line)),
    advice.suggest.length > 0 &&
      el('p', { class: 'plan-certs__suggest' }, el('strong', {}, 'Suggested now: '), advice.suggest.join(' or ')),
    el('p', { class: 'meta' }, 'The rules and their sources: ', link(routes.certifications(), 'certification comparison'), '.'),
  );
}

/** A certification the reader cannot take yet is named with that caveat, never as a next step. */
const notYet = (pmpNotYet: boolean) => (item: string) => (pmpNotYet && item === 'PMP' ? 'PMP, once you are eligible' : item);

export function renderPlan(plan: Plan, ticked: Pick<PlanInput, 'skills'>, level: 2 | 3, pmpNotYet = false): HTMLElement {
  const step = `h${level}` as 'h2' | 'h3';
  const part = `h${level + 1}` as 'h3' | 'h4';
  const held = heldText(plan, ticked);
  const root = el('div', { class: 'plan' }, el('p', { class: 'plan__held' }, `${held.skills} ${held.certifications}`));
  if (plan.steps.length === 0) {
    root.append(
      el(
        'p',
        { class: 'plan__top' },
        `The site maps no rung above ${plan.from.name}. The `,
        link(routes.ladder(plan.from.track), `${plan.from.trackName} ladder`),
        ' shows where it sits.',
      ),
    );
    return root;
  }
  const steps = el('div', { class: 'plan__steps' });
  for (const s of plan.steps) {
    const pay = payText(s.pay, plan.from, s.to);
    const id = `plan-${s.to.id}`;
    const reading = s.reading.guides.length + s.reading.faqs.length;
    const readingNote = readingText(s.reading, plan.from, s.to);
    const years = yearsText(s.to);
    steps.append(
      el(
        'section',
        { class: 'plan-step', 'aria-labelledby': id },
        el(step, { id, class: 'plan-step__title' }, link(routes.role(s.to.id), s.to.title)),
        el('p', { class: 'plan-step__move' }, moveText(s)),
        el(
          'dl',
          { class: 'plan-step__facts' },
          el('dt', {}, 'Typical experience'),
          el('dd', {}, `${years.value} `, el('span', { class: 'meta plan-step__basis' }, years.basis)),
          el('dt', {}, 'Pay change'),
          el(
            'dd',
            {},
            el('strong', { class: 'plan-step__pay' }, pay.headline),
            ' ',
            el('span', { class: 'plan-step__pay-detail' }, pay.detail),
            pay.figures.length > 0 &&
              el(
                'ul',
                { class: 'plan-step__sources' },
                ...sourceLines(pay.figures).map((line) =>
                  el('li', {}, link(line.url, line.source, { rel: 'external' }), `: ${line.about}`),
                ),
              ),
          ),
        ),
        el(
          'div',
          { class: 'plan-step__gaps' },
          el(
            'div',
            { class: 'plan-step__gap' },
            el(part, { id: `${id}-skills` }, 'Skills still missing'),
            el('p', {}, missingText(s.missing.skills, s.to.skills, 'skills')),
            tags(s.missing.skills),
          ),
          el(
            'div',
            { class: 'plan-step__gap' },
            el(part, { id: `${id}-certs` }, 'Certifications still missing'),
            el('p', {}, certificationText(s.certifications)),
            tags(s.missing.certifications.map(notYet(pmpNotYet))),
            ...s.certifications.toward.map((rule) =>
              el(
                'p',
                { class: 'plan-step__toward' },
                `${towardText(rule)} Source: `,
                link(rule.url, rule.source, { rel: 'external' }),
                '.',
              ),
            ),
          ),
        ),
        el(part, { id: `${id}-read` }, 'Read next, in order'),
        readingNote !== undefined &&
          el('p', {}, readingNote, ...(reading === 0 ? [' Start from ', link(routes.guides(), 'all guides'), '.'] : [])),
        reading > 0 &&
          el(
            'ol',
            { class: 'plan-step__reading' },
            ...s.reading.guides.map((g) => el('li', {}, 'Guide: ', link(routes.guide(g.slug), g.title))),
            ...s.reading.faqs.map((f) =>
              el('li', { class: 'plan-step__question' }, 'Question: ', link(routes.faq(f.guide, f.id), f.question)),
            ),
          ),
        onetGaps(plan.from.moves.find((m) => m.to === s.to.id)?.onet, part, id),
        el(
          'p',
          { class: 'plan-step__links' },
          s.compare && link(routes.compare(plan.from.id, s.to.id), `Compare ${plan.from.name} and ${s.to.name}`),
          s.compare && ' · ',
          link(routes.role(s.to.id), `Everything about ${s.to.name}`),
        ),
      ),
    );
  }
  root.append(steps);
  if (plan.from.moves.some((m) => m.onet)) root.append(el('p', { class: 'meta plan__onet' }, ONET_PLANNER_ATTRIBUTION));
  return root;
}

/** The O*NET skill gaps of one move: an overlap figure, then the gaps to close, largest first. */
function onetGaps(g: PlannerOnetGaps | undefined, part: 'h3' | 'h4', id: string): Child {
  if (!g) return undefined;
  return el(
    'div',
    { class: 'plan-step__onet' },
    el(part, { id: `${id}-onet` }, 'Skill gaps to close, measured by O*NET'),
    el('p', {}, onetGapSummary(g)),
    g.gaps.length > 0 &&
      el(
        'ol',
        { class: 'plan-step__onet-gaps' },
        ...g.gaps.map((x) =>
          el(
            'li',
            {},
            link(routes.skill(x.slug), x.skill),
            ` ${onetGapSize(x)} `,
            ...(x.guides.length === 0
              ? ['None of the site’s guides covers it.']
              : ['Read: ', ...x.guides.flatMap((gd, i) => [i > 0 ? '; ' : '', link(routes.guide(gd.slug), gd.title)]), '.']),
          ),
        ),
      ),
  );
}
