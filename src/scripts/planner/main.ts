/**
 * The interactive planner: wires the server-rendered form to the pure planner over the JSON the
 * build emits. The plan is kept in the URL (to share and bookmark) and in this browser (to come
 * back to /planner/ and find it), and can be cleared and printed.
 */
import { indexData, plan, planSummary, type PlannerData, type PlannerIndex } from '../../lib/planner';
import {
  EMPTY_PLAN,
  hasPlanParams,
  itemSlug,
  planQuery,
  readEducation,
  readPlanQuery,
  readYears,
  type PlanState,
} from '../../lib/planner/state';
import { certAdvice } from '../../lib/planner/cert-advice';
import { routes } from '../../lib/routes';
import { renderAdvice, renderPlan } from './render';
import { clearPlan, loadPlan, savePlan } from './storage';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

const page = {
  form: $<HTMLFormElement>('planner-form'),
  select: $<HTMLSelectElement>('plan-from'),
  years: $<HTMLInputElement>('plan-years'),
  education: $<HTMLSelectElement>('plan-education'),
  have: $<HTMLDetailsElement>('planner-have'),
  haveCount: $('planner-have-count'),
  clear: $<HTMLButtonElement>('planner-clear'),
  print: $<HTMLButtonElement>('planner-print'),
  answer: $('planner-answer'),
  heading: $('planner-answer-title'),
  status: $('planner-status'),
  result: $('planner-result'),
  address: $('planner-address'),
};

type Page = { [K in keyof typeof page]: NonNullable<(typeof page)[K]> };

if (Object.values(page).every((node) => node !== null)) void start(page as Page);

async function start(p: Page) {
  let index: PlannerIndex;
  try {
    const response = await fetch(routes.plannerData());
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    index = indexData((await response.json()) as PlannerData);
  } catch {
    p.answer.hidden = false;
    p.status.textContent = 'The planner could not load its data. The plan pages listed below work without it.';
    return;
  }

  const boxes = (name: 'skills' | 'certs', vocabulary: readonly string[]) => {
    const bySlug = new Map(vocabulary.map((item) => [itemSlug(item), item]));
    return [...p.form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=${name}]`)].map((box) => ({
      box,
      item: bySlug.get(box.value)!,
    }));
  };
  const skillBoxes = boxes('skills', index.data.skills);
  const certBoxes = boxes('certs', index.data.certifications);
  // What the person ticked beyond their role, and which of their role's skills they unticked.
  let state: PlanState = EMPTY_PLAN;
  // The query string of the plan on show: a "[1]" source link changes only the fragment, which needs no new plan.
  let shown: string | undefined;

  const show = (ignored: readonly string[]) => {
    shown = location.search;
    const role = index.roles.get(state.from);
    p.select.value = role?.id ?? '';
    p.years.value = state.years === undefined ? '' : String(state.years);
    p.education.value = state.education ?? '';
    const advice = index.data.pmpRule ? certAdvice(index.data.pmpRule, index.data.capmRule, state) : undefined;
    const adviceNode = advice ? renderAdvice(advice) : '';
    let skills = 0;
    for (const { box, item } of skillBoxes) {
      const implied = role?.skills.includes(item) ?? false;
      box.checked = implied ? !state.without.includes(item) : state.skills.includes(item);
      if (box.checked) skills++;
      box.parentElement?.querySelector<HTMLElement>('.planner-checks__role')?.toggleAttribute('hidden', !implied);
    }
    for (const { box, item } of certBoxes) box.checked = state.certifications.includes(item);
    const certs = state.certifications.length;
    p.haveCount.textContent =
      role || certs > 0
        ? `: ${skills} ${skills === 1 ? 'skill' : 'skills'}, ${certs} ${certs === 1 ? 'certification' : 'certifications'}`
        : '';
    p.answer.hidden = false;
    const note = ignored.length > 0 ? ` Left out of the link because the site does not know them: ${ignored.join(', ')}.` : '';
    p.print.hidden = !role;
    p.address.hidden = !role;
    if (!role) {
      p.status.textContent = `Choose your current role to see your plan.${note}`;
      p.result.replaceChildren(adviceNode);
      return;
    }
    const answer = plan(index, { from: role.id, skills: state.skills, certifications: state.certifications, without: state.without });
    p.status.textContent = `${planSummary(answer)}${note}`;
    p.result.replaceChildren(adviceNode, renderPlan(answer, { skills: state.skills }, 3, advice?.pmpExperienceMet === false));
    p.address.textContent = `This plan online: ${location.href}`;
  };

  const readForm = (): PlanState => {
    const role = index.roles.get(p.select.value);
    const implied = (item: string) => role?.skills.includes(item) ?? false;
    return {
      from: p.select.value,
      skills: skillBoxes.filter(({ box, item }) => box.checked && !implied(item)).map(({ item }) => item),
      certifications: certBoxes.filter(({ box }) => box.checked).map(({ item }) => item),
      without: skillBoxes.filter(({ box, item }) => !box.checked && implied(item)).map(({ item }) => item),
      years: readYears(p.years.value),
      education: readEducation(p.education.value),
    };
  };

  /** Writes the state to the URL and to this browser; both hold the same query string. */
  const save = (mode: 'push' | 'replace') => {
    const query = planQuery(index, state);
    savePlan(query);
    const url = routes.planner(query);
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** The URL's plan when it has one; otherwise the one kept in this browser, put back in the URL. */
  const restore = (fromStorage: boolean) => {
    const stored = fromStorage && !hasPlanParams(location.search) ? loadPlan() : '';
    const read = readPlanQuery(index, stored !== '' ? `?${stored}` : location.search);
    state = read.state;
    if (stored !== '') save('replace');
    else savePlan(planQuery(index, state));
    show(read.ignored);
  };

  p.form.addEventListener('change', (event) => {
    if (event.target === p.select) {
      // A new role: keep what was ticked by hand; unticks were about the old role's skills.
      state = { ...state, from: p.select.value, without: [] };
      save('push');
    } else {
      state = readForm();
      save('replace');
    }
    show([]);
  });
  p.form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Every change has already updated the plan and the URL; submitting moves focus to the answer.
    state = readForm();
    save('replace');
    show([]);
    p.heading.focus();
  });
  p.clear.addEventListener('click', () => {
    state = EMPTY_PLAN;
    clearPlan();
    history.replaceState(null, '', routes.planner());
    show([]);
    p.status.textContent = 'Your plan is cleared from this page and this browser. Choose your current role to start again.';
    p.select.focus();
  });
  p.print.addEventListener('click', () => window.print());
  window.addEventListener('popstate', () => {
    if (location.search !== shown) restore(false);
  });

  // Open beside the answer where there is room; folded to one line on phones.
  p.have.open = matchMedia('(min-width: 56rem)').matches;
  p.form.removeAttribute('data-waiting');
  restore(true);
}
