// The pure steps of the fetch and process stages (extraction, classification) behind one
// interface, run on the calling thread (inline) or on a pool of worker threads (pooled). The
// stages and their results are the same either way; the pool lets them use the other cores.
import type { Item } from '@presswatch/domain';
import type { ExtractedPage, ExtractPageInput } from './extract-page.ts';
import type { ClassifyInput } from './item-classifier.ts';
import { createPureTasks, type PureTaskSettings } from './pure-tasks.ts';
import { createWorkPool } from './work-pool.ts';

export interface PureStages {
  extract(input: ExtractPageInput): Promise<ExtractedPage>;
  classify(input: ClassifyInput): Promise<Partial<Item>>;
  close(): Promise<void>;
}

/** On the calling thread. */
export function inlinePureStages(settings: PureTaskSettings): PureStages {
  const tasks = createPureTasks(settings);
  return {
    extract: async (input) => tasks.extract(input),
    classify: async (input) => tasks.classify(input),
    close: async () => {},
  };
}

/** On `size` worker threads (default: one per core beyond the main thread's, at least one). */
export function pooledPureStages(settings: PureTaskSettings & { size?: number }): PureStages {
  const pool = createWorkPool({
    size: settings.size,
    module: new URL('./pure-worker.ts', import.meta.url),
    init: { classifier: settings.classifier },
  });
  return {
    extract: (input) => pool.run<ExtractedPage>('extract', input),
    classify: (input) => pool.run<Partial<Item>>('classify', input),
    close: () => pool.close(),
  };
}

/** `workers` threads (undefined: the pool's default size); 0 runs the steps on the calling thread. */
export function pureStagesFor(settings: PureTaskSettings, workers: number | undefined): PureStages {
  return workers === 0 ? inlinePureStages(settings) : pooledPureStages({ ...settings, size: workers });
}
