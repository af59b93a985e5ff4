/**
 * `npm run bench:unit [-- --runs N]`: times `npm run test:unit` (the unit and unit-isolated
 * projects) and prints wall time and CPU time (user + system, the command and every process it
 * starts) for each run, with the median. CPU time is the figure to compare on a shared machine:
 * wall time grows with other people's load, printed alongside as the load average.
 * Target: under 10 s wall on two idle cores.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

const TARGET_WALL_S = 10;
const flag = process.argv.indexOf('--runs');
const runs = flag >= 0 ? Number(process.argv[flag + 1]) : 3;

/** CPU seconds used by this process's waited-for children (cutime + cstime, /proc/self/stat). */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After the command name: field 16 (cutime) and 17 (cstime) are at index 13 and 14; ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const walls: number[] = [];
const cpus: number[] = [];
console.log(`npm run test:unit, ${runs} run(s), ${availableParallelism()} cores`);
for (let i = 0; i < runs; i++) {
  const load = loadavg()[0]!.toFixed(1);
  const cpuBefore = childCpuSeconds();
  const start = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'test:unit'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const wall = (performance.now() - start) / 1000;
  const cpu = childCpuSeconds() - cpuBefore;
  if (result.status !== 0) {
    console.error(`run ${i + 1}: the unit tests failed (exit ${result.status}); fix them before timing`);
    process.exit(1);
  }
  walls.push(wall);
  cpus.push(cpu);
  console.log(`run ${i + 1}: ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (load average ${load} before it started)`);
}
const wall = median(walls);
console.log(
  `median: ${wall.toFixed(1)} s wall, ${median(cpus).toFixed(1)} s CPU; target under ${TARGET_WALL_S} s wall on idle cores: ${wall < TARGET_WALL_S ? 'met' : 'not met on this run'}`,
);
