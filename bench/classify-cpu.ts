// CPU time of another process, for the classify bench's CLI rows: on a machine shared with other
// work the wall clock of the piped command mostly measures the neighbours, its CPU time much less.
// Linux only (/proc); elsewhere the samples are null and the bench prints no CPU row.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on every Linux build in use). */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of every thread of the process so far, or null when unknown. */
export function processCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export interface CpuSample {
  /** Output lines counted when the sample was taken. */
  lines: number;
  cpuSeconds: number;
}

/**
 * Samples a running process's CPU time every `everyMs` while `lines()` grows; `window()` then
 * gives the first and the last sample taken after the first output line (the steady state).
 */
export function sampleCpu(pid: number | undefined, lines: () => number, everyMs = 100) {
  let first: CpuSample | null = null;
  let last: CpuSample | null = null;
  const timer = setInterval(() => {
    const count = lines();
    if (count === 0) return;
    const cpuSeconds = processCpuSeconds(pid);
    if (cpuSeconds === null) return;
    if (first === null) first = { lines: count, cpuSeconds };
    else last = { lines: count, cpuSeconds };
  }, everyMs);
  return {
    stop: () => clearInterval(timer),
    window: (): { first: CpuSample; last: CpuSample } | null =>
      first && last && last.lines > first.lines ? { first, last } : null,
  };
}
