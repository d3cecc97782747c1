#!/usr/bin/env node
// The presswatch command. Sources are TypeScript run through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli.ts');
process.exitCode = await run(process.argv.slice(2));
