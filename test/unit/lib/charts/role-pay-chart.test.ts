import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RolePayChart from '../../../../src/components/charts/RolePayChart.astro';
import { loadSiteData } from '../../../../src/lib/data';
import { datasets } from '../../../../src/lib/data/downloads';

describe('RolePayChart (the pay chart role pages embed)', () => {
  const data = loadSiteData();
  const files = new Set(datasets(data).map((d) => d.file));

  it('draws one figure per kind of pay the role cites, each linking to a CSV the build emits', async () => {
    const role = data.roles.find((r) => r.pay.some((id) => data.payById.get(id)?.measure === 'total-compensation') && r.pay.some((id) => data.payById.get(id)?.measure !== 'total-compensation'))
      ?? data.roles.find((r) => r.pay.length > 0)!;
    const container = await AstroContainer.create();
    const html = await container.renderToString(RolePayChart, { props: { roleId: role.id, roleTitle: role.title, payIds: role.pay } });
    const links = [...html.matchAll(/href="\/data\/([^"]+)"/g)].map((m) => m[1]!);
    const kinds = new Set(role.pay.map((id) => data.payById.get(id)!.measure === 'total-compensation'));
    expect(html.match(/<figure /g)?.length).toBe(kinds.size);
    expect(links).toHaveLength(kinds.size);
    for (const file of links) expect(files.has(file)).toBe(true);
    for (const id of role.pay) expect(html).toContain(data.payById.get(id)!.source.replace(/&/g, '&amp;').replace(/"/g, '&quot;').slice(0, 20));
  });

  it('says so when a role has no cited figure', async () => {
    const role = data.roles.find((r) => r.pay.length === 0)!;
    const container = await AstroContainer.create();
    const html = await container.renderToString(RolePayChart, { props: { roleId: role.id, roleTitle: role.title, payIds: [] } });
    expect(html).not.toContain('<figure');
    expect(html).toContain('No public pay figure for this role');
  });

  it('refuses pay ids that are not the role\'s own list, since its CSV would not match', async () => {
    const role = data.roles.find((r) => r.pay.length > 1)!;
    const container = await AstroContainer.create();
    await expect(container.renderToString(RolePayChart, { props: { roleId: role.id, roleTitle: role.title, payIds: [...role.pay].reverse() } })).rejects.toThrow(/must be that role's pay list/);
  });
});
