// The conformance suites rely on this guard to catch a parser that hangs or dies on a case.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCasesInChild } from './support/case-runner.ts';

const STUBBORN = fileURLToPath(new URL('./support/stubborn-worker.ts', import.meta.url));

describe('runCasesInChild', () => {
  it('records a case that hangs and one that kills the child, and carries on with the rest', async () => {
    const run = await runCasesInChild<string>(STUBBORN, [], [0, 1, 2, 3], 1_000);
    expect(run.hung).toEqual([1]);
    expect(run.died.map((d) => d.index)).toEqual([2]);
    expect(run.died[0]?.reason).toMatch(/exit 3/);
    expect([...run.outcomes]).toEqual([
      [0, 'case 0 done'],
      [3, 'case 3 done'],
    ]);
  }, 60_000);
});
