/**
 * `npm run bench:build`: builds and indexes the site over 100 and 1,000 generated guides and
 * prints wall time, time per page and peak memory for each size. Not part of `npm test`.
 *
 *   npm run bench:build                          # sizes 100 and 1000, three builds each
 *   npm run bench:build -- 50 500 2000 --runs=1  # other sizes, one build each
 *   npm run bench:build -- --wait-idle           # on a shared machine: start each build only
 *                                                # once the CPUs have been idle for 2 s
 *
 * Each build gets a fresh temporary content folder, Astro cache and output folder, so every run
 * is a cold build like CI's. Each build runs the two steps of `npm run build`, `astro build` and
 * then the search index (src/build/search-index.ts, whose Pagefind runs as a child); memory is
 * the summed resident memory of a step's process and its children, sampled from /proc every
 * 20 ms, and the build's peak is the larger of the two steps' peaks.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { treeProcesses } from './process-tree.ts';
import { syntheticGuide } from './synthetic-guides.ts';

const root = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const sizes = args
  .filter((a) => !a.startsWith('--'))
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(100, 1000);

interface Result {
  guides: number;
  pages: number;
  indexed: number;
  seconds: number;
  peakBytes: number;
  /** Each step's peak and the processes over 10 MiB in it, with their MiB. */
  peakParts: string;
}

const waitIdle = args.includes('--wait-idle');

/** Share of CPU time spent idle over the next `ms`, from /proc/stat. */
async function idleShare(ms: number): Promise<number> {
  const read = () => readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  const delta = b.map((v, i) => v - a[i]!);
  const total = delta.reduce((n, v) => n + v, 0);
  return total > 0 ? (delta[3]! + (delta[4] ?? 0)) / total : 1;
}

/** Other builds and tests on the machine inflate wall time; wait (up to ten minutes) for them to finish. */
async function untilIdle(): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if ((await idleShare(2000)) >= 0.9) return;
    await new Promise((r) => setTimeout(r, 3000));
  }
  console.log('(the machine did not go idle within ten minutes; building anyway)');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

/** Runs one build step and samples the summed resident memory of it and its children every 20 ms. */
async function measured(count: number, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d));
  child.stderr.on('data', (d: Buffer) => (log += d));
  let peakBytes = 0;
  let peakParts = '';
  const sampler = setInterval(() => {
    const tree = treeProcesses(child.pid!);
    const total = tree.reduce((sum, p) => sum + p.rss, 0);
    if (total <= peakBytes) return;
    peakBytes = total;
    // Which processes make the peak: the first thing to know before trying to lower it.
    peakParts = tree
      .filter((p) => p.rss > 10 * 1024 ** 2)
      .map((p) => `${p.name} ${(p.rss / 1024 ** 2).toFixed(0)}`)
      .join(', ');
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${args.join(' ')} over ${count} guides failed (exit ${code}):\n${log}`);
  return { log, peakBytes, peakParts };
}

async function bench(count: number): Promise<Result> {
  const scratch = mkdtempSync(join(tmpdir(), `pmp-bench-${count}-`));
  try {
    const guidesDir = join(scratch, 'guides');
    mkdirSync(guidesDir);
    for (let i = 0; i < count; i++) {
      const guide = syntheticGuide(i, count);
      writeFileSync(join(guidesDir, `${guide.slug}.mdx`), guide.source);
    }
    const outDir = join(scratch, 'dist');
    const env = { ...process.env, PMP_GUIDES_DIR: guidesDir, PMP_CACHE_DIR: join(scratch, 'cache'), NO_COLOR: '1' };
    const start = performance.now();
    // The two steps of `npm run build`, one after the other as the script runs them.
    const astro = await measured(count, join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], env);
    const search = await measured(count, process.execPath, [join(root, 'src/build/search-index.ts'), outDir], env);
    const seconds = (performance.now() - start) / 1000;
    const log = astro.log + search.log;
    // The steps never overlap, so the build's peak is the larger of the two.
    const peakBytes = Math.max(astro.peakBytes, search.peakBytes);
    const peakParts = `astro build ${mib(astro.peakBytes)}: ${astro.peakParts}; search index ${mib(search.peakBytes)}: ${search.peakParts}`;
    const indexed = Number(/Indexed (\d+) pages/.exec(log)?.[1] ?? 0);
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
    ).length;
    const built = readdirSync(join(outDir, 'guides')).filter((d) => existsSync(join(outDir, 'guides', d, 'index.html'))).length;
    if (built !== count) throw new Error(`expected ${count} guide pages, found ${built}`);
    return { guides: count, pages, indexed, seconds, peakBytes, peakParts };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    // Let the kernel finish writing back and deleting this build's files first: otherwise the
    // next build pays for them, and each run in a series comes out slower than the last.
    execFileSync('sync');
  }
}

const cores = availableParallelism();
console.log(`Build benchmark: ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${runs} build(s) per size`);
// Other builds on the machine inflate wall time; say so rather than print a figure that looks clean.
const load = loadavg()[0]!;
if (load > cores / 2)
  console.log(`Note: load average ${load.toFixed(1)} on ${cores} cores before starting; times include that contention.`);
const rows: Result[] = [];
for (const size of sizes) {
  const results: Result[] = [];
  for (let run = 1; run <= runs; run++) {
    if (waitIdle) await untilIdle();
    process.stdout.write(`${size} guides, build ${run} of ${runs}: `);
    const result = await bench(size);
    results.push(result);
    // The one-minute load average after the build: above the core count, other work shared the CPUs.
    console.log(
      `${result.seconds.toFixed(1)} s, ${(result.peakBytes / 1024 ** 2).toFixed(0)} MiB at the peak (${result.peakParts}) (load average after: ${loadavg()[0]!.toFixed(1)})`,
    );
  }
  // Median time (the typical build); highest memory (the one a machine must have room for).
  rows.push({ ...results[0]!, seconds: median(results.map((r) => r.seconds)), peakBytes: Math.max(...results.map((r) => r.peakBytes)) });
}
console.log('');
console.log('guides  pages  indexed  wall (s, median)  ms/page  peak memory (MiB, highest)');
for (const r of rows) {
  console.log(
    [
      String(r.guides).padStart(6),
      String(r.pages).padStart(6),
      String(r.indexed).padStart(8),
      r.seconds.toFixed(1).padStart(17),
      ((r.seconds * 1000) / r.pages).toFixed(1).padStart(8),
      (r.peakBytes / 1024 ** 2).toFixed(0).padStart(27),
    ].join(' '),
  );
}
