/**
 * Parses, validates and lays out a generated OEWS-shaped CSV of 10,000 and 100,000 rows, printing the time
 * and rows per second for each. Linear cost shows as a steady rows/s and a time ratio near 10.
 * Run with `npm run bench:data`.
 */
import { performance } from 'node:perf_hooks';
import { barLayout } from '../../src/lib/charts/bars';
import { CHART_WIDTHS } from '../../src/lib/charts/frame';
import { formatUsd, formatUsdShort } from '../../src/lib/charts/format';
import { payRangeLayout } from '../../src/lib/charts/pay-range';
import { oewsFile } from '../../src/lib/data/oews';

const HEADER =
  'soc_code,occupation,occupation_level,year,period,region,employment,mean,p10,p25,median,p75,p90,top_code,method,statistic,release,source,source_url,source_kind,derived,note';

/** A valid OEWS-shaped file of `rows` rows, with quoted commas and BLS markers in some cells. */
export function generatePayCsv(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const pay = 40000 + ((i * 7919) % 160000);
    const [p10, p25, p75, p90] = [pay * 0.6, pay * 0.8, pay * 1.2, pay * 1.45].map(Math.round);
    const year = 2000 + Math.floor(i / 10000);
    const soc = `${String(11 + (i % 40)).padStart(2, '0')}-${String(i % 10000).padStart(4, '0')}`;
    lines.push(
      [
        soc,
        `"Occupation ${i}, all industries"`,
        'detailed',
        String(year),
        `May ${year}`,
        'United States',
        i % 9 === 0 ? '**' : String(1000 + i),
        i % 7 === 0 ? '*' : String(pay),
        String(p10),
        String(p25),
        String(pay),
        String(p75),
        p90! >= 239200 ? '#' : String(p90),
        '239200',
        'survey',
        'annual wages',
        'OEWS',
        `"Source ${i % 50}, table ${i % 7}"`,
        'https://www.bls.gov/',
        'government',
        '',
        i % 2 === 0 ? '' : `"Note, row ${i}"`,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Collects garbage left by earlier runs (needs --expose-gc), so no run pays to sweep another's heap. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

function run(rows: number): { ms: number; parsed: number; marks: number } {
  const text = generatePayCsv(rows);
  collectGarbage();
  const start = performance.now();
  const parsed = oewsFile.parse(text, 'bench/oews.csv');
  const num = (v: number | string) => (typeof v === 'number' ? v : undefined);
  const inputs = parsed.map((r, i) => ({
    id: `r${i}`,
    label: r.occupation,
    sublabel: r.period,
    kind: r.source_kind,
    statistic: 'median' as const,
    pay: num(r.median) ?? 0,
    p10: num(r.p10),
    p25: num(r.p25),
    p75: num(r.p75),
    p90: num(r.p90) ?? r.top_code,
  }));
  const ranges = payRangeLayout(inputs, { width: CHART_WIDTHS.wide });
  const bars = barLayout(
    inputs.map((r) => ({ id: r.id, label: r.label, value: r.pay, valueLabel: formatUsd(r.pay), kind: r.kind })),
    { width: CHART_WIDTHS.narrow, tickFormat: formatUsdShort },
  );
  const ms = performance.now() - start;
  return { ms, parsed: parsed.length, marks: ranges.rows.length + bars.rows.length };
}

const RUNS = 5;

export function main(sizes = [10_000, 100_000]): void {
  run(2_000); // warm up the JIT so the first size is not charged for compilation
  const results = sizes.map((rows) => {
    const best = Array.from({ length: RUNS }, () => run(rows)).sort((a, b) => a.ms - b.ms)[0]!;
    if (best.parsed !== rows || best.marks !== rows * 2)
      throw new Error(`bench: expected ${rows} rows and ${rows * 2} marks, got ${best.parsed} and ${best.marks}`);
    return { rows, ...best };
  });
  console.log(
    `parse + validate + chart geometry (best of ${RUNS} runs${collectGarbage.name === 'gc' ? '' : '; run with --expose-gc for steadier figures'})`,
  );
  for (const r of results) {
    console.log(
      `${String(r.rows).padStart(8)} rows  ${r.ms.toFixed(1).padStart(8)} ms  ${Math.round(r.rows / (r.ms / 1000))
        .toLocaleString('en-US')
        .padStart(10)} rows/s`,
    );
  }
  if (results.length >= 2) {
    const [a, b] = [results[0]!, results.at(-1)!];
    console.log(`${b.rows / a.rows}x the rows took ${(b.ms / a.ms).toFixed(1)}x the time (linear would be ${b.rows / a.rows}x)`);
  }
}
