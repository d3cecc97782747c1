// Third parties' test data lives in ../shared (never copied into the repo). A suite that needs it
// skips visibly when it is missing on a developer machine, and runs (and fails) when CI=true.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const SHARED_DIR = process.env.PRESSWATCH_SHARED_DIR ?? join(repoRoot, '../shared');

export interface SharedData {
  dir: string;
  /** True when the suite should be skipped: the data is missing and CI is not set. */
  skip: boolean;
  /** The describe() title, which says why when the suite is skipped. */
  title: string;
}

export function sharedData(relative: string, title: string): SharedData {
  const dir = join(SHARED_DIR, relative);
  const skip = !existsSync(dir) && process.env.CI !== 'true';
  return {
    dir,
    skip,
    title: skip ? `${title} (SKIPPED: ${dir} not found; set PRESSWATCH_SHARED_DIR)` : title,
  };
}
