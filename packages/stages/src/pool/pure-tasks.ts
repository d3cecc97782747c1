// The pure steps a pool thread runs, by name. The classifier's model loads on its first use.
import { type ExtractPageInput, extractPage } from './extract-page.ts';
import {
  type ClassifierSettings,
  type ClassifyInput,
  createItemClassifier,
  type ItemClassifier,
} from './item-classifier.ts';

export interface PureTaskSettings {
  /** Needed by the classify task. */
  classifier?: ClassifierSettings;
}

export function createPureTasks(settings: PureTaskSettings) {
  let classifier: ItemClassifier | null = null;
  return {
    extract: (input: ExtractPageInput) => extractPage(input),
    classify: (input: ClassifyInput) => {
      if (!settings.classifier) throw new Error('the pool was started without classifier settings');
      classifier ??= createItemClassifier(settings.classifier);
      return classifier(input);
    },
  };
}

export type PureTaskName = keyof ReturnType<typeof createPureTasks>;
