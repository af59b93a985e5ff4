/**
 * The interactive planner: wires the server-rendered form to the pure planner over the JSON the
 * build emits, and keeps the chosen plan in the URL so it can be shared and reloaded.
 */
import { indexData, itemSlug, plan, planQuery, planSummary, readPlanQuery, type PlannerData, type PlannerIndex, type PlanState } from '../../lib/planner';
import { routes } from '../../lib/routes';
import { renderPlan } from './render';

const form = document.querySelector<HTMLFormElement>('#planner-form');
const select = document.querySelector<HTMLSelectElement>('#plan-from');
const answer = document.querySelector<HTMLElement>('#planner-answer');
const heading = document.querySelector<HTMLElement>('#planner-answer-title');
const status = document.querySelector<HTMLElement>('#planner-status');
const result = document.querySelector<HTMLElement>('#planner-result');

if (form && select && answer && heading && status && result) {
  void start(form, select, answer, heading, status, result);
}

async function start(form: HTMLFormElement, select: HTMLSelectElement, answer: HTMLElement, heading: HTMLElement, status: HTMLElement, result: HTMLElement) {
  let index: PlannerIndex;
  try {
    const response = await fetch(routes.plannerData());
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    index = indexData((await response.json()) as PlannerData);
  } catch {
    answer.hidden = false;
    status.textContent = 'The planner could not load its data. The plan pages listed below work without it.';
    return;
  }

  const boxes = (name: 'skills' | 'certs', vocabulary: readonly string[]) => {
    const bySlug = new Map(vocabulary.map((item) => [itemSlug(item), item]));
    return [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=${name}]`)].map((box) => ({ box, item: bySlug.get(box.value)! }));
  };
  const skillBoxes = boxes('skills', index.data.skills);
  const certBoxes = boxes('certs', index.data.certifications);
  // What the person ticked, kept apart from what their role implies so changing role loses nothing.
  let state: PlanState = { from: '', skills: [], certifications: [] };

  const show = (ignored: readonly string[]) => {
    const role = index.roles.get(state.from);
    select.value = role?.id ?? '';
    for (const { box, item } of skillBoxes) {
      const implied = role?.skills.includes(item) ?? false;
      box.checked = implied || state.skills.includes(item);
      box.disabled = implied;
      box.parentElement?.querySelector<HTMLElement>('.planner-checks__role')?.toggleAttribute('hidden', !implied);
    }
    for (const { box, item } of certBoxes) box.checked = state.certifications.includes(item);
    answer.hidden = false;
    const note = ignored.length > 0 ? ` Left out of the link because the site does not know them: ${ignored.join(', ')}.` : '';
    if (!role) {
      status.textContent = `Choose your current role to see your plan.${note}`;
      result.replaceChildren();
      return;
    }
    const answerFor = plan(index, { from: role.id, skills: state.skills, certifications: state.certifications });
    status.textContent = `${planSummary(answerFor)}${note}`;
    result.replaceChildren(renderPlan(answerFor, { skills: state.skills }, 3));
  };

  const readForm = (): PlanState => ({
    from: select.value,
    // Disabled boxes are the role's own skills: they are implied, not ticked.
    skills: skillBoxes.filter(({ box }) => box.checked && !box.disabled).map(({ item }) => item),
    certifications: certBoxes.filter(({ box }) => box.checked).map(({ item }) => item),
  });

  const save = (mode: 'push' | 'replace') => {
    const url = routes.planner(planQuery(index, state));
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const restore = () => {
    const read = readPlanQuery(index, location.search);
    state = read.state;
    show(read.ignored);
  };

  form.addEventListener('change', (event) => {
    const roleChanged = event.target === select;
    // Keep ticks the old role implied only if the person had ticked them themselves.
    const next = readForm();
    const kept = state.skills.filter((s) => index.roles.get(next.from)?.skills.includes(s));
    state = { ...next, skills: index.data.skills.filter((s) => next.skills.includes(s) || kept.includes(s)) };
    save(roleChanged ? 'push' : 'replace');
    show([]);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Every change has already updated the plan and the URL; submitting moves focus to the answer.
    show([]);
    heading.focus();
  });
  window.addEventListener('popstate', restore);

  form.hidden = false;
  restore();
}
