// The Node flags `presswatch` runs with, read from the shebang line of its bin script
// (services/cli/bin/presswatch.mjs), so a benchmark measures the process users start.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '../../services/cli/bin/presswatch.mjs');

/** E.g. ['--v8-pool-size=0'] from `#!/usr/bin/env -S node --v8-pool-size=0`. */
export function cliNodeFlags(): string[] {
  const shebang = readFileSync(CLI, 'utf8').split('\n', 1)[0] ?? '';
  return shebang.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** The CLI's flags this process was started without. */
function missingCliFlags(): string[] {
  return cliNodeFlags().filter((flag) => !process.execArgv.includes(flag));
}

/** Which flags this process runs with: the CLI's, or Node's defaults (BENCH_NODE_FLAGS=default). */
export function nodeFlagsLabel(): string {
  return missingCliFlags().length === 0
    ? `as presswatch (${cliNodeFlags().join(' ') || 'none'})`
    : 'Node defaults';
}

/**
 * Runs this benchmark again under the CLI's flags when it was started without them, and exits
 * with its status; returns in the process that has them (or when BENCH_NODE_FLAGS=default asks
 * for Node's defaults, to compare).
 */
export function relaunchWithCliNodeFlags(): void {
  if (process.env.BENCH_NODE_FLAGS === 'default') return;
  const missing = missingCliFlags();
  if (missing.length === 0) return;
  const result = spawnSync(process.execPath, [...missing, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
