// Loads every topic file of a directory and compiles its rules once.
import { fileStem, RulesFileError, readRulesFile, yamlFilesIn } from '../model/rules-file.ts';
import { compileRule, type WeightedRule } from '../rules/weighted-rule.ts';
import type { ZoneWeights } from '../rules/zones.ts';
import { topicFileSchema } from './topic-file.ts';

export interface TopicModel {
  topic: string;
  label: Record<string, string>;
  threshold: number;
  zones: ZoneWeights;
  excludeZones: ZoneWeights;
  decay: number;
  rules: WeightedRule[];
  mask: WeightedRule[];
  exclude: WeightedRule[];
}

export function loadTopics(dir: string): TopicModel[] {
  const topics = yamlFilesIn(dir).map(loadTopicFile);
  const seen = new Set<string>();
  for (const topic of topics) {
    if (seen.has(topic.topic)) throw new RulesFileError(dir, null, `topic "${topic.topic}" is defined twice`);
    seen.add(topic.topic);
  }
  return topics;
}

export function loadTopicFile(file: string): TopicModel {
  const spec = readRulesFile(file, topicFileSchema);
  const topic = spec.topic ?? fileStem(file);
  if (spec.topic && spec.topic !== fileStem(file)) {
    throw new RulesFileError(file, 'topic', `"${spec.topic}" differs from the file name "${fileStem(file)}"`);
  }
  return {
    topic,
    label: spec.label ?? {},
    threshold: spec.threshold,
    zones: spec.zones,
    excludeZones: spec.exclude_zones,
    decay: spec.decay,
    rules: spec.rules.map((rule, i) => compileRule(rule, file, `rules.${i}.query`)),
    mask: spec.mask.map((rule, i) => compileRule(rule, file, `mask.${i}.query`)),
    exclude: spec.exclude.map((rule, i) => compileRule(rule, file, `exclude.${i}.query`)),
  };
}
