// Extra training examples from the corpus, labelled by the rule classifier's confident outputs
// (sure yes ≥ 0.8, sure no ≤ 0.05; topics in between are left unlabelled). Dev items are skipped,
// so the held-out folds stay unseen. Reads ../shared/corpus/vi-news.jsonl from the start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ClassifierModel, classifyDocument } from '@presswatch/classify';
import { type TopicExample, withConfidentRuleLabels } from '@presswatch/topic-model';
import { SHARED_DIR } from './evaluate.ts';

interface CorpusLine {
  id: string;
  title: string;
  text: string;
}

export function corpusExamples(
  limit: number,
  skip: ReadonlySet<string>,
  classifier: ClassifierModel,
): TopicExample[] {
  const lines = readFileSync(join(SHARED_DIR, 'corpus/vi-news.jsonl'), 'utf8').split('\n');
  const examples: TopicExample[] = [];
  for (const line of lines) {
    if (examples.length >= limit) break;
    if (!line.trim()) continue;
    const article = JSON.parse(line) as CorpusLine;
    if (skip.has(article.id)) continue;
    const result = classifyDocument(
      { id: article.id, title: article.title, text: article.text, lang: 'vi' },
      classifier,
    );
    const scores = Object.fromEntries(result.topics.map((t) => [t.topic, t.score]));
    const example = withConfidentRuleLabels(
      { id: article.id, title: article.title, text: article.text, labels: {} },
      scores,
    );
    if (Object.keys(example.labels).length > 0) examples.push(example);
  }
  return examples;
}
