// The classifier model: topics, gazetteer and tone lexicon, loaded and compiled once.
import { fileURLToPath } from 'node:url';
import { type Vocabulary, vocabularyOf } from '@presswatch/query';
import { type GazetteerModel, loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { MATCH_OPTIONS } from '../rules/weighted-rule.ts';
import { loadToneLexicon, type ToneLexicon } from '../tone/tone-lexicon.ts';
import { loadTopics, type TopicModel } from '../topics/load-topics.ts';

export interface ClassifierModel {
  topics: TopicModel[];
  gazetteer: GazetteerModel;
  tone: ToneLexicon;
  /** Every word the rules and names look up: each article is indexed for these only. */
  vocabulary: Vocabulary;
}

export interface ModelPaths {
  /** config/topics: one YAML file per topic. */
  topicsDir: string;
  /** config/gazetteer: the province's gazetteer file. */
  gazetteerDir: string;
  /** The tone lexicons; the ones shipped with this package by default. */
  lexiconDir?: string;
}

/** The tone lexicons shipped with the package. */
export function defaultLexiconDir(): string {
  return fileURLToPath(new URL('../../lexicons/', import.meta.url));
}

/** Throws RulesFileError naming the file and key of the first problem. */
export function loadClassifierModel(paths: ModelPaths): ClassifierModel {
  const topics = loadTopics(paths.topicsDir);
  const gazetteer = loadGazetteer(paths.gazetteerDir);
  const tone = loadToneLexicon(paths.lexiconDir ?? defaultLexiconDir());
  const nodes = [
    ...topics.flatMap((topic) => [...topic.rules, ...topic.mask, ...topic.exclude].map((rule) => rule.node)),
    gazetteer.names.node,
    ...(gazetteer.list.others ? [gazetteer.list.others.node] : []),
  ];
  return {
    topics,
    gazetteer,
    tone,
    vocabulary: vocabularyOf(nodes, MATCH_OPTIONS),
  };
}
