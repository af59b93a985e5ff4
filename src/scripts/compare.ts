/**
 * The compare page's any-pair picker: progressive enhancement over the facts the page embeds as
 * JSON. Without JavaScript the form is not shown and the static comparison pages cover the usual
 * pairs. The choice lives in the URL (lib/compare/picker-state.ts); the answer is drawn by the
 * same pickerResultHtml() that drew the default pair into the page at build time.
 */
import { readChoice, writeChoice } from '../lib/compare/picker-state';
import { type PickerData, pickerResultHtml } from '../lib/compare/picker-view';

const form = document.querySelector<HTMLElement>('#any-pair');
const [pickA, pickB] = document.querySelectorAll<HTMLSelectElement>('#any-pair select');
const source = document.querySelector('#any-pair-data');
const out = document.querySelector<HTMLElement>('#any-pair-result');

if (form && pickA && pickB && source && out) {
  const data = JSON.parse(source.textContent ?? '{}') as PickerData;
  const byId = new Map(data.roles.map((r) => [r.id, r]));
  const ids = data.roles.map((r) => r.id);

  // A role cannot be set against itself: each list disables the role the other has chosen.
  const lockSame = () => {
    for (const [select, other] of [
      [pickA, pickB],
      [pickB, pickA],
    ] as const) {
      for (const option of select.options) option.disabled = option.value === other.value;
    }
  };

  const render = () => {
    const a = byId.get(pickA.value);
    const b = byId.get(pickB.value);
    if (!a || !b || a.id === b.id) return;
    history.replaceState(null, '', writeChoice({ a: a.id, b: b.id }));
    // The page already shows the default pair: drawing it again would only make screen readers repeat it.
    if (out.dataset['pair'] === `${a.id} ${b.id}`) return;
    out.innerHTML = pickerResultHtml(a, b, data);
    out.dataset['pair'] = `${a.id} ${b.id}`;
  };

  const choice = readChoice(location.search, ids, { a: pickA.value, b: pickB.value });
  pickA.value = choice.a;
  pickB.value = choice.b;
  lockSame();
  form.addEventListener('change', () => {
    lockSame();
    render();
  });
  form.removeAttribute('data-waiting');
  render();
}
