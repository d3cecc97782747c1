// Per-topic precision, recall and F1 of several ways of assigning topics to the same held-out
// items, side by side (tests/eval/feedback-model-eval.ts prints it).
import type { EvalItem } from './evaluate.ts';

/** Per item and topic: the rules' score, and the model's probability when the item was held out. */
export interface HeldOut {
  item: EvalItem;
  rules: Record<string, number>;
  model: Record<string, number>;
  /** The combination weights chosen without this item's fold. */
  weights: { rules: number; model: number };
}

export interface Method {
  name: string;
  assigned(row: HeldOut, topic: string): boolean;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** topic → method name → scores; "macro" averages the topics' F1. */
export function scoreMethods(
  rows: HeldOut[],
  topics: string[],
  methods: Method[],
): Record<string, Record<string, Prf>> {
  const table: Record<string, Record<string, Prf>> = {};
  for (const topic of topics) {
    table[topic] = Object.fromEntries(
      methods.map((method) => [
        method.name,
        prf(
          rows,
          (row) => row.item.topics.includes(topic),
          (row) => method.assigned(row, topic),
        ),
      ]),
    );
  }
  table.macro = Object.fromEntries(
    methods.map((method) => {
      const f1 = topics.reduce((sum, topic) => sum + table[topic]![method.name]!.f1, 0) / topics.length;
      return [method.name, { precision: Number.NaN, recall: Number.NaN, f1, support: Number.NaN }];
    }),
  );
  return table;
}

function prf(rows: HeldOut[], truth: (row: HeldOut) => boolean, guess: (row: HeldOut) => boolean): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const t = truth(row);
    const g = guess(row);
    if (t && g) tp++;
    else if (g) fp++;
    else if (t) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export function formatComparison(table: Record<string, Record<string, Prf>>, methods: Method[]): string {
  const cell = (n: number) => (Number.isNaN(n) ? '' : n.toFixed(3)).padStart(6);
  const header = methods.map((m) => `${m.name.padStart(20)}`).join(' ');
  const sub = methods.map(() => `${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`).join(' ');
  const lines = [`  ${''.padEnd(14)} support ${header}`, `  ${''.padEnd(14)}         ${sub}`];
  for (const [topic, byMethod] of Object.entries(table)) {
    const support = byMethod[methods[0]!.name]!.support;
    const cells = methods.map((m) => {
      const s = byMethod[m.name]!;
      return `${cell(s.precision)} ${cell(s.recall)} ${cell(s.f1)}`;
    });
    lines.push(
      `  ${topic.padEnd(14)} ${(Number.isNaN(support) ? '' : String(support)).padStart(7)} ${cells.join(' ')}`,
    );
  }
  return lines.join('\n');
}
