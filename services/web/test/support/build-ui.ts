// Build services/web/dist when it is missing or older than a source file, so a browser test never
// drives a stale bundle (`npm test` builds first; a lone `vitest run` may not have). Test files run
// in parallel processes: a lock directory makes one of them build while the others wait.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCK = join(ROOT, '.build-lock');
const STALE_LOCK_MS = 120_000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const index = join(ROOT, 'dist', 'index.html');
  const sources = Math.max(
    newestSource(join(ROOT, 'src')),
    newestSource(join(ROOT, 'public')),
    statSync(join(ROOT, 'index.html')).mtimeMs,
  );
  return existsSync(index) && statSync(index).mtimeMs >= sources;
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    const lock = statSync(LOCK, { throwIfNoEntry: false });
    if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

export async function ensureBuilt(): Promise<void> {
  while (!isFresh()) {
    if (!tryLock()) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!isFresh()) {
        const { build } = await import('vite');
        await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
