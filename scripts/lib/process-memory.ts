/**
 * The memory of a command and of every process it starts, sampled from /proc while it runs
 * (Linux only; elsewhere nothing is measured). A build is more than its Node process:
 * Pagefind indexes in a process of its own, and the two hold their memory at the same time.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeMemory {
  /** The largest sum of resident memory of the whole process tree at one sample, in bytes. */
  peakTotalBytes: number;
  /** The highest peak (VmHWM) of each program in the tree, by its name, in bytes. */
  peakByName: Map<string, number>;
}

/** Parent, name, resident and peak resident bytes of every process, from /proc. */
function processes(): { pid: number; ppid: number; name: string; rss: number; hwm: number }[] {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const field = (name: string) => /^(\S+)/.exec(new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1] ?? '')?.[1] ?? '';
      found.push({
        pid: Number(entry),
        ppid: Number(field('PPid')),
        name: field('Name'),
        rss: Number(field('VmRSS') || 0) * 1024,
        hwm: Number(field('VmHWM') || 0) * 1024,
      });
    } catch {
      // The process ended while it was read.
    }
  }
  return found;
}

/**
 * Sample the tree below `pid` every `everyMs` until `stop()` is called. The per-program peaks
 * come from the kernel's high-water mark, so they miss at most the last interval's growth;
 * the total is the largest sum seen at one sample.
 */
export function watchTreeMemory(pid: number, everyMs = 250): { stop(): TreeMemory } {
  const memory: TreeMemory = { peakTotalBytes: 0, peakByName: new Map() };
  let available = true;
  const sample = () => {
    if (!available) return;
    let all;
    try {
      all = processes();
    } catch {
      available = false; // No /proc on this system.
      return;
    }
    const children = new Map<number, number[]>();
    for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
    const inTree = new Set<number>();
    const queue = [pid];
    while (queue.length) {
      const next = queue.pop()!;
      if (inTree.has(next)) continue;
      inTree.add(next);
      queue.push(...(children.get(next) ?? []));
    }
    let total = 0;
    for (const p of all) {
      if (!inTree.has(p.pid)) continue;
      total += p.rss;
      memory.peakByName.set(p.name, Math.max(memory.peakByName.get(p.name) ?? 0, p.hwm));
    }
    memory.peakTotalBytes = Math.max(memory.peakTotalBytes, total);
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return memory;
    },
  };
}
