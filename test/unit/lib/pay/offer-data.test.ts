import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../../src/lib/data';
import { offerData } from '../../../../src/lib/pay/offer-data';

describe('offerData', () => {
  const data = loadSiteData();
  const offer = offerData(data);

  it('carries each area and, per role occupation, the state and same-release U.S. cells in percentile order', () => {
    expect(offer.year).toBe(2024);
    expect(offer.areas).toHaveLength(54);
    const texas = data.oewsState.find((r) => r.state_code === 'TX' && r.soc_code === '13-1082')!;
    expect(offer.occupations['13-1082']!.states['TX']).toEqual([texas.p10, texas.p25, texas.median, texas.p75, texas.p90]);
    const us = data.oews.find((r) => r.soc_code === '13-1082' && r.year === 2024)!;
    expect(offer.occupations['13-1082']!.us[2]).toBe(us.median);
    expect(offer.occupations['00-0000']).toBeUndefined();
  });

  it("gives every role with a state occupation its placement, labelled as the site's judgement", () => {
    const coordinator = offer.roles.find((r) => r.id === 'project-coordinator')!;
    expect(coordinator.soc).toBe('13-1082');
    expect(coordinator.placement).toMatch(
      /^Where the site places project coordinator in this range \(its judgement, not a BLS figure\): in the lower half/,
    );
    expect(offer.roles.some((r) => r.id === 'non-technical-professional')).toBe(false);
  });
});
