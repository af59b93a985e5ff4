/**
 * Parses, validates and lays out a generated pay CSV of 10,000 and 100,000 rows, printing the time
 * and rows per second for each. Linear cost shows as a steady rows/s and a time ratio near 10.
 * Run with `npm run bench:data`.
 */
import { performance } from 'node:perf_hooks';
import { barLayout } from '../../src/lib/charts/bars';
import { CHART_WIDTHS } from '../../src/lib/charts/frame';
import { formatUsd, formatUsdShort } from '../../src/lib/charts/format';
import { payRangeLayout } from '../../src/lib/charts/pay-range';
import { parsePay } from '../../src/lib/data/pay';

const HEADER = 'id,label,region,currency,year,period,statistic,pay,p10,p25,p75,p90,measure,source,source_url,source_kind,derived,note';
const KINDS = ['government', 'practitioner-survey', 'employer-survey', 'crowdsourced'] as const;

/** A valid pay file of `rows` rows, with quoted commas and a mix of median-only and full-percentile rows. */
export function generatePayCsv(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const pay = 40000 + ((i * 7919) % 160000);
    const full = i % 3 === 0;
    const pct = full ? [pay * 0.6, pay * 0.8, pay * 1.2, pay * 1.5].map(Math.round) : ['', '', '', ''];
    lines.push([
      `row-${i}`, `"Occupation ${i}, all industries"`, 'United States', 'USD', String(2000 + (i % 26)), 'May', i % 4 === 0 ? 'mean' : 'median',
      String(pay), ...pct.map(String), i % 5 === 0 ? 'total-compensation' : 'base-wage', `"Source ${i % 50}, table ${i % 7}"`,
      'https://www.bls.gov/', KINDS[i % 4]!, '', i % 2 === 0 ? '' : `"Note, row ${i}"`,
    ].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Collects garbage left by earlier runs (needs --expose-gc), so no run pays to sweep another's heap. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

function run(rows: number): { ms: number; parsed: number; marks: number } {
  const text = generatePayCsv(rows);
  collectGarbage();
  const start = performance.now();
  const parsed = parsePay(text, 'bench/pay.csv');
  const inputs = parsed.map((r) => ({ id: r.id, label: r.label, sublabel: r.period, kind: r.source_kind, statistic: r.statistic, pay: r.pay, p10: r.p10, p25: r.p25, p75: r.p75, p90: r.p90 }));
  const ranges = payRangeLayout(inputs, { width: CHART_WIDTHS.wide });
  const bars = barLayout(parsed.map((r) => ({ id: r.id, label: r.label, value: r.pay, valueLabel: formatUsd(r.pay), kind: r.source_kind })), { width: CHART_WIDTHS.narrow, tickFormat: formatUsdShort });
  const ms = performance.now() - start;
  return { ms, parsed: parsed.length, marks: ranges.rows.length + bars.rows.length };
}

const RUNS = 5;

export function main(sizes = [10_000, 100_000]): void {
  run(2_000); // warm up the JIT so the first size is not charged for compilation
  const results = sizes.map((rows) => {
    const best = Array.from({ length: RUNS }, () => run(rows)).sort((a, b) => a.ms - b.ms)[0]!;
    if (best.parsed !== rows || best.marks !== rows * 2) throw new Error(`bench: expected ${rows} rows and ${rows * 2} marks, got ${best.parsed} and ${best.marks}`);
    return { rows, ...best };
  });
  console.log(`parse + validate + chart geometry (best of ${RUNS} runs${collectGarbage.name === 'gc' ? '' : '; run with --expose-gc for steadier figures'})`);
  for (const r of results) {
    console.log(`${String(r.rows).padStart(8)} rows  ${r.ms.toFixed(1).padStart(8)} ms  ${Math.round(r.rows / (r.ms / 1000)).toLocaleString('en-US').padStart(10)} rows/s`);
  }
  if (results.length >= 2) {
    const [a, b] = [results[0]!, results.at(-1)!];
    console.log(`${b.rows / a.rows}x the rows took ${(b.ms / a.ms).toFixed(1)}x the time (linear would be ${b.rows / a.rows}x)`);
  }
}
