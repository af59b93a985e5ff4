/**
 * A plan as DOM nodes: the same markup src/components/planner/PlanAnswer.astro writes at build
 * time, from the same card model (src/lib/planner/card.ts). Text goes in through text nodes only,
 * never as HTML, so no data can inject markup.
 */
import { planCards, sourceId, type Plan, type PlanInput, type Run } from '../../lib/planner';
import type { CertAdvice } from '../../lib/planner/cert-advice';
import { routes } from '../../lib/routes';
import { ONET_PLANNER_ATTRIBUTION } from '../../lib/skills/planner-gaps';

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

/** A sentence of the card model: text, links, and "[1]" references to the plan's sources. */
function runs(parts: readonly Run[]): Child[] {
  return parts.map((r) =>
    typeof r === 'string'
      ? r
      : 'source' in r
        ? link(`#${sourceId(r.source)}`, `[${r.source}]`, { class: 'plan-ref', 'aria-label': `Source ${r.source}` })
        : link(r.href, r.text),
  );
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
    el(
      'p',
      { class: 'meta plan-certs__rule' },
      `The full PMP rule: ${advice.rule} Other certifications, their rules and sources: `,
      link(routes.certifications(), 'certification comparison'),
      '.',
    ),
  );
}

export function renderPlan(plan: Plan, ticked: Pick<PlanInput, 'skills'>, level: 2 | 3, pmpNotYet = false): HTMLElement {
  const heading = `h${level}` as 'h2' | 'h3';
  const view = planCards(plan, ticked, pmpNotYet);
  const root = el('div', { class: 'plan' }, el('p', { class: 'plan__held' }, view.held));
  if (view.cards.length === 0) {
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
  for (const card of view.cards) {
    steps.append(
      el(
        'section',
        { class: 'plan-step', 'aria-labelledby': card.id },
        el(heading, { id: card.id, class: 'plan-step__title' }, link(card.href, card.title)),
        el('p', { class: 'plan-step__move' }, card.move),
        el('p', { class: 'plan-step__pay' }, el('strong', {}, card.pay)),
        ...(card.checklist.length > 0
          ? [
              el('p', { class: 'plan-step__label' }, 'Still missing:'),
              el('ul', { class: 'plan-checklist' }, ...card.checklist.map((item) => el('li', {}, item))),
            ]
          : [el('p', { class: 'plan-step__done' }, card.nothingMissing ?? '')]),
        el('p', { class: 'plan-step__first' }, el('strong', {}, 'Read first:'), ' ', ...runs(card.readFirst)),
        el(
          'details',
          { class: 'fold plan-step__how' },
          el('summary', {}, 'How we worked this out'),
          ...card.how.flatMap((part) => [
            el('p', { class: `plan-how__${part.key}` }, ...(part.label ? [el('strong', {}, part.label), ' '] : []), ...runs(part.text)),
            part.list !== undefined &&
              part.list.length > 0 &&
              el(
                'ol',
                { class: `plan-how__list plan-how__list--${part.key}` },
                ...part.list.map((item) => el('li', item.question ? { class: 'plan-how__question' } : {}, ...runs(item.text))),
              ),
          ]),
        ),
      ),
    );
  }
  root.append(steps);
  if (view.sources.length > 0 || view.onet)
    root.append(
      el(
        'section',
        { class: 'plan-sources', 'aria-labelledby': 'plan-sources-title' },
        el(heading, { id: 'plan-sources-title', class: 'plan-sources__title' }, 'Sources for this plan'),
        view.sources.length > 0 &&
          el(
            'ol',
            { class: 'plan-sources__list' },
            ...view.sources.map((s) => el('li', { id: sourceId(s.number) }, link(s.url, s.source, { rel: 'external' }), `: ${s.about}`)),
          ),
        view.onet && el('p', { class: 'meta plan__onet' }, ONET_PLANNER_ATTRIBUTION),
      ),
    );
  return root;
}
