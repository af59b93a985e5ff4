/**
 * The offer check: the form is hidden until this runs (without JavaScript the page's state tables
 * stand on their own). It loads /pay/offer-data.json once and answers with the same placeOffer()
 * and offerSentence() the tests check. The choice lives in the URL (?role=&state=&offer=), so an
 * answer can be shared and the form also works as a plain GET.
 */
import { formatUsd } from '../lib/charts/format';
import { offerSentence, parseOffer, placeOffer, type OfferCell, type OfferData } from '../lib/pay/offer';
import { routes } from '../lib/routes';

const form = document.querySelector<HTMLFormElement>('#offer-check');
const out = document.querySelector<HTMLElement>('#offer-answer');

function cellText(cell: OfferCell | undefined, topCode: number): string {
  if (typeof cell === 'number') return formatUsd(cell);
  return cell === '#' ? `at least ${formatUsd(topCode)}` : 'not published';
}

function answer(data: OfferData, roleId: string, stateCode: string, offerText: string): void {
  if (!out) return;
  const role = data.roles.find((r) => r.id === roleId);
  const area = data.areas.find((a) => a.code === stateCode);
  const offer = parseOffer(offerText);
  out.replaceChildren();
  const say = (text: string, className?: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    if (className) p.className = className;
    out.append(p);
  };
  if (!role || !area) return say('Pick a role and a state.');
  if (offer === undefined) return say('Type the offer as a yearly amount in dollars, such as 95000 or $95,000.');
  const occupation = data.occupations[role.soc]!;
  const cells = occupation.states[area.code];
  const topCode = data.topCode;
  const placed = placeOffer(offer, {
    cells: (cells ?? ['*', '*', '*', '*', '*']) as [OfferCell, OfferCell, OfferCell, OfferCell, OfferCell],
    topCode,
  });
  say(offerSentence(offer, placed, area.name), 'offer-check__headline');
  say(
    `${role.title} is counted by BLS among ${occupation.name.toLowerCase()}. Their median in ${area.name} is ${cellText(cells?.[2], topCode)}; the U.S. median is ${cellText(occupation.us[2], topCode)} (both May ${data.year}).`,
  );
  say(role.placement, 'offer-check__placement');
}

if (form && out) {
  const roleSelect = form.querySelector<HTMLSelectElement>('[name="role"]')!;
  const stateSelect = form.querySelector<HTMLSelectElement>('[name="state"]')!;
  const offerInput = form.querySelector<HTMLInputElement>('[name="offer"]')!;
  const loaded: Promise<OfferData> = fetch(routes.offerData()).then((r) => r.json() as Promise<OfferData>);
  form.removeAttribute('data-waiting');
  const run = async () => {
    const data = await loaded;
    answer(data, roleSelect.value, stateSelect.value, offerInput.value);
    const query = new URLSearchParams({ role: roleSelect.value, state: stateSelect.value, offer: offerInput.value });
    history.replaceState(null, '', `?${query.toString()}`);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  const params = new URLSearchParams(location.search);
  const [role, state, offer] = [params.get('role'), params.get('state'), params.get('offer')];
  if (role) roleSelect.value = role;
  if (state) stateSelect.value = state;
  if (offer) offerInput.value = offer;
  if (role && state && offer) void run();
}
