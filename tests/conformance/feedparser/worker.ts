// Child process of the conformance test: reads case numbers on stdin, one per line, and answers
// each with one JSON line of its outcome. Running cases here lets the parent kill a case that
// hangs, which a timer in the same thread as a synchronous parse could never do.
import { createInterface } from 'node:readline';
import { loadFeedparserCases } from './cases.ts';
import { runCase } from './run-case.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: worker.ts <feedparser dir>');
const cases = loadFeedparserCases(dir);
process.stdout.write('ready\n');

for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
  const index = Number(line.trim());
  const c = cases[index];
  if (!c) continue;
  const outcome = await runCase(dir, c);
  process.stdout.write(`${JSON.stringify({ index, outcome })}\n`);
}
