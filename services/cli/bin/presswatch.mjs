#!/usr/bin/env -S node --v8-pool-size=0
// The presswatch command. Sources are TypeScript run through tsx, so no build step is needed.
// --v8-pool-size=0: V8's background threads (concurrent compilation and GC) sized to the cores
// Node sees, not Node's fixed 4. On the 2-core machines this monitor runs on, four of them
// competed with the main thread and the pure-stage pool: ingest went ~285 → ~320 pages/s
// (bench/README.md). Benchmarks read the flags from this line (bench/support/node-flags.ts).
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli.ts');
process.exitCode = await run(process.argv.slice(2));
