// What the per-topic statistical model adds to the rules, on held-out dev data: nested k-fold
// cross-validation over ../shared/eval/topics-dev.jsonl (feedback-model-folds.ts). For each fold
// the model is trained on the other folds' labels only (optionally plus the rules' confident
// outputs on corpus articles, never dev items) and its combination weight is chosen by inner
// folds of the same training items; then the held-out items are scored three ways — rules alone
// (the shipped config/topics), the model alone (p ≥ 0.5), and rules + model (combineWithRules
// against the topic's threshold). `--weight w` fixes the weight instead of choosing it.
//   node --import tsx tests/eval/feedback-model-eval.ts [--folds 5] [--weight w] [--corpus 0]
import { type ClassifierModel, classifyDocument } from '@presswatch/classify';
import { combineWithRules, DEFAULT_COMBINATION_WEIGHTS } from '@presswatch/topic-model';
import { DEV_SET, devSetPresent, type EvalItem, loadShippedModel, readEvalSet } from './evaluate.ts';
import { corpusExamples } from './feedback-model-corpus.ts';
import { type FoldSetup, nestedCrossValidation } from './feedback-model-folds.ts';
import { formatComparison, type HeldOut, type Method, scoreMethods } from './feedback-model-report.ts';

interface Options {
  folds: number;
  weight: number | null;
  corpus: number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? Number(argv[at + 1]) : null;
  };
  return { folds: value('folds') ?? 5, weight: value('weight'), corpus: value('corpus') ?? 0 };
}

function ruleScores(item: EvalItem, classifier: ClassifierModel): Record<string, number> {
  const result = classifyDocument(
    { id: item.id, title: item.title, text: item.text, lang: item.lang },
    classifier,
  );
  return Object.fromEntries(result.topics.map((t) => [t.topic, t.score]));
}

function methodsFor(thresholds: Record<string, number>, fixedWeight: number | null): Method[] {
  return [
    { name: 'rules', assigned: (row, topic) => row.rules[topic]! >= thresholds[topic]! },
    { name: 'model', assigned: (row, topic) => (row.model[topic] ?? 0) >= 0.5 },
    {
      name: 'rules+model',
      assigned: (row, topic) => {
        const weights =
          fixedWeight === null ? row.weights : { ...DEFAULT_COMBINATION_WEIGHTS, model: fixedWeight };
        return combineWithRules(row.rules[topic]!, row.model[topic], weights) >= thresholds[topic]!;
      },
    },
  ];
}

function main(argv: string[]): number {
  if (!devSetPresent()) {
    console.log(`${DEV_SET} is missing; nothing measured`);
    return 0;
  }
  const options = parseOptions(argv);
  const classifier = loadShippedModel();
  const items = readEvalSet();
  const setup: FoldSetup = {
    topics: classifier.topics.map((topic) => topic.topic),
    thresholds: Object.fromEntries(classifier.topics.map((topic) => [topic.topic, topic.threshold])),
    rules: new Map(items.map((item) => [item.id, ruleScores(item, classifier)])),
    extra:
      options.corpus > 0 ? corpusExamples(options.corpus, new Set(items.map((i) => i.id)), classifier) : [],
  };
  const held = nestedCrossValidation(items, setup, options.folds);
  const rows: HeldOut[] = items.map((item) => ({
    item,
    rules: setup.rules.get(item.id)!,
    ...held.scores.get(item.id)!,
  }));
  const weightNote =
    options.weight === null
      ? `model weight chosen per fold: ${held.foldWeights.join(', ')}`
      : `model weight ${options.weight}`;
  const extraNote = setup.extra.length
    ? `, plus ${setup.extra.length} corpus articles labelled by the rules`
    : '';
  console.log(
    `${DEV_SET}: ${items.length} items, ${options.folds}-fold nested cross-validation, ${weightNote}${extraNote}`,
  );
  const methods = methodsFor(setup.thresholds, options.weight);
  for (const [name, subset] of [
    ['all items', rows],
    ['high-confidence items', rows.filter((row) => row.item.confidence === 'high')],
  ] as const) {
    console.log(`\n${name} (${subset.length})`);
    console.log(formatComparison(scoreMethods(subset, setup.topics, methods), methods));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
