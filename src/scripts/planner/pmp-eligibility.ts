import { checkEligibility, type Education, type Prerequisites } from '../../lib/certifications/eligibility';

// The form is hidden in the HTML and shown only here, so readers without JavaScript see the rules as text.
const form = document.querySelector<HTMLFormElement>('#pmp-check');
const result = document.querySelector<HTMLElement>('#pmp-result');
if (form && result) {
  const rules = JSON.parse(form.dataset['rules'] ?? '{}') as Prerequisites;
  const number = (name: string) => Math.max(0, Math.floor(Number((form.elements.namedItem(name) as HTMLInputElement).value) || 0));
  const update = () => {
    const held = (form.elements.namedItem('held') as HTMLInputElement | null)?.checked ? [rules.educationWaivedBy ?? ''] : [];
    const outcome = checkEligibility(rules, {
      education: (form.elements.namedItem('education') as HTMLSelectElement).value as Education,
      monthsLeadingProjects: number('months'),
      educationHours: number('hours'),
      held,
    });
    result.textContent = outcome.eligible
      ? "Yes: on these figures you meet the PMP prerequisites. Check the details on PMI's page before you apply."
      : `Not yet: you still need ${outcome.missing.join(' and ')}.`;
  };
  form.hidden = false;
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}
