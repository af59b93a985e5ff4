import { checkPmpEligibility, EDUCATION_LEVELS, type EducationLevel, type PmpRule } from '../../lib/certifications/eligibility';

// The form is hidden in the HTML and shown only here, so readers without JavaScript see the rule as text.
const form = document.querySelector<HTMLFormElement>('#pmp-check');
const result = document.querySelector<HTMLElement>('#pmp-result');
if (form && result) {
  const rule = JSON.parse(form.dataset['rule'] ?? '{}') as PmpRule;
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T | null;
  const update = () => {
    const chosen = field<HTMLSelectElement>('education')?.value ?? '';
    const education: EducationLevel = (EDUCATION_LEVELS as readonly string[]).includes(chosen) ? (chosen as EducationLevel) : 'none';
    const outcome = checkPmpEligibility(rule, {
      experience: { months: Number(field<HTMLInputElement>('months')?.value) || 0 },
      education,
      hasEducationHours: field<HTMLInputElement>('hours')?.checked ?? false,
      hasCapm: field<HTMLInputElement>('held')?.checked ?? false,
    });
    result.textContent = outcome.eligible
      ? "Yes: on these figures you meet the PMP prerequisites. Check the details on PMI's page before you apply."
      : `Not yet: you still need ${outcome.missing.join(' and ')}.`;
  };
  form.hidden = false;
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}
