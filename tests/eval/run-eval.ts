// npm run eval: the classifier on the labelled dev set (../shared/eval/topics-dev.jsonl).
//   node --import tsx tests/eval/run-eval.ts [--errors] [path/to/labelled.jsonl]
// --errors also lists every disagreement (id, label, guess, score, matched terms / places).
import {
  DEV_SET,
  evaluate,
  formatReport,
  loadShippedModel,
  type Prediction,
  predict,
  readEvalSet,
} from './evaluate.ts';

function main(argv: string[]): number {
  const showErrors = argv.includes('--errors');
  const path = argv.find((arg) => !arg.startsWith('--')) ?? DEV_SET;
  const model = loadShippedModel();
  const items = readEvalSet(path);
  const predictions = predict(items, model);
  const topics = model.topics.map((topic) => topic.topic);
  console.log(`${path}\n`);
  console.log(formatReport(evaluate(predictions, topics)));
  if (showErrors) console.log(`\n${listErrors(predictions, topics).join('\n')}`);
  return 0;
}

function listErrors(predictions: Prediction[], topics: string[]): string[] {
  const lines: string[] = [];
  for (const { item, result } of predictions) {
    for (const topic of topics) {
      const truth = item.topics.includes(topic);
      const guess = result.topics.find((t) => t.topic === topic)!;
      if (truth !== guess.assigned) {
        lines.push(
          `${truth ? 'FN' : 'FP'} ${topic.padEnd(12)} ${item.confidence[0]} ${guess.score.toFixed(2)} ${item.id} | ${item.title.slice(0, 80)} | ${guess.matched.slice(0, 6).join(', ')}`,
        );
      }
    }
    if (item.about_province !== result.province.relevant) {
      lines.push(
        `${item.about_province ? 'FN' : 'FP'} ${'province'.padEnd(12)} ${item.confidence[0]} ${result.province.score.toFixed(2)} ${item.id} | ${item.title.slice(0, 80)} | ${result.province.places.join(', ')}`,
      );
    }
  }
  return lines.sort();
}

process.exitCode = main(process.argv.slice(2));
