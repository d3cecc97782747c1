// A case worker that misbehaves on purpose, for case-runner.test.ts: case 1 never finishes (a
// synchronous loop no timer in its own thread could interrupt), case 2 kills its own process.
import { createInterface } from 'node:readline';

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const index = Number(line);
  if (index === 1) while (true) {}
  if (index === 2) process.exit(3);
  process.stdout.write(`${JSON.stringify({ index, outcome: `case ${index} done` })}\n`);
}
