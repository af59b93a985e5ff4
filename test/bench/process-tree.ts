import { readFileSync, readdirSync } from 'node:fs';

export interface TreeProcess {
  pid: number;
  /** The command name /proc gives (node, pagefind_extend, java …). */
  name: string;
  rss: number;
}

/** A process and all its descendants with their resident memory (bytes), read from /proc; empty once it has exited. */
export function treeProcesses(root: number): TreeProcess[] {
  const children = new Map<number, number[]>();
  const info = new Map<number, TreeProcess>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const pid = Number(entry);
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      info.set(pid, { pid, name: /^Name:\s+(.+)$/m.exec(status)?.[1] ?? '?', rss: kb * 1024 });
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const found: TreeProcess[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const p = info.get(pid);
    if (p) found.push(p);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Resident memory (bytes) of a process and all its descendants; 0 once it has exited. */
export function treeRss(root: number): number {
  return treeProcesses(root).reduce((sum, p) => sum + p.rss, 0);
}
