import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import DataTable from '../../../../src/components/charts/DataTable.astro';
import PayRangeChart from '../../../../src/components/charts/PayRangeChart.astro';
import { toCsv } from '../../../../src/lib/data/downloads';
import { oewsFile } from '../../../../src/lib/data/oews';
import { payRowsFromOews } from '../../../../src/lib/data/pay';

const SCRIPT = '<script>alert(1)</script>';
const HEADER =
  'soc_code,occupation,occupation_level,year,period,region,employment,mean,p10,p25,median,p75,p90,top_code,method,statistic,release,source,source_url,source_kind,derived,note';
// CSV text as a contributor might write it: the occupation and source carry markup, one with a quoted comma.
const CSV = `${HEADER}\n13-1082,${SCRIPT},detailed,2024,May 2024,United States,10,100,10,20,94500,100000,#,239200,survey,stat,rel,"<b>BLS</b>, OOH",https://www.bls.gov/,government,,"<img src=x onerror=alert(2)>"\n`;

/** The markup outside quoted attribute values: inside them `<` is inert text, so only a stray `"` could break out. */
const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');

describe('text from the CSV files renders as text, never as markup', () => {
  const [row] = payRowsFromOews(oewsFile.parse(CSV), ['13-1082'], 2024).map((r) => ({ ...r, note: '<img src=x onerror=alert(2)>' }));

  it('escapes a role named <script> in the chart, its title tooltip and its data table', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(PayRangeChart, {
      props: {
        id: 'chart-x',
        title: `Pay for ${SCRIPT} "quoted"`,
        description: 'A test.',
        items: [{ key: 'evil', label: row!.label, row: row!, roles: [SCRIPT] }],
        csvFile: 'pay.csv',
      },
    });
    const markup = outsideAttributes(html);
    expect(markup).not.toContain(SCRIPT);
    expect(markup).not.toContain('<img src=x');
    expect(markup).not.toContain('<b>BLS</b>');
    // The title also names the table's scroll region in an attribute: its quote must not end the value.
    expect(html).toContain('aria-label="Pay for <script>alert(1)</script> &quot;quoted&quot;: table"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // In the SVG label, the table's row header and the figure's title.
    expect(html.split('&lt;script&gt;alert(1)&lt;/script&gt;').length - 1).toBeGreaterThanOrEqual(4);
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('escapes cells in a plain data table', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(DataTable, {
      props: {
        caption: SCRIPT,
        columns: [
          { key: 'a', label: 'A' },
          { key: 'b', label: SCRIPT },
        ],
        rows: [{ a: SCRIPT, b: { text: SCRIPT, href: 'https://example.org/' } }],
      },
    });
    // Inside a quoted attribute (the cell's data-label, which phones show beside the value) "<" is
    // text, not markup; everywhere else it must be escaped.
    expect(html).toContain(`data-label="${SCRIPT}"`);
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain(SCRIPT);
    expect(outsideAttributes.match(/&lt;script&gt;/g)?.length).toBe(4);
  });

  it('keeps the text exact in the downloadable CSV (a data file, not HTML)', () => {
    expect(toCsv({ columns: ['label'], rows: [{ label: row!.label }] })).toBe(`label\n${SCRIPT} (SOC 13-1082)\n`);
  });
});
