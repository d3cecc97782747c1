// The shipped rules (config/topics, config/gazetteer), loaded once per test file.
import { join } from 'node:path';
import {
  type Classification,
  type ClassifierModel,
  classifyDocument,
  loadClassifierModel,
} from '@presswatch/classify';
import { REPO_DIR } from './shared-dir.ts';

let model: ClassifierModel | null = null;

export function shippedModel(): ClassifierModel {
  model ??= loadClassifierModel({
    topicsDir: join(REPO_DIR, 'config/topics'),
    gazetteerDir: join(REPO_DIR, 'config/gazetteer'),
  });
  return model;
}

let serial = 0;

export function classify(title: string, text: string, lang = 'vi'): Classification {
  return classifyDocument({ id: `t-${++serial}`, title, text, lang }, shippedModel());
}

export function topic(result: Classification, name: string) {
  const found = result.topics.find((t) => t.topic === name);
  if (!found) throw new Error(`no topic ${name}`);
  return found;
}
