// Scores the classifier against a labelled set (../shared/eval/topics-dev.jsonl, see its README):
// per-topic precision, recall and F1, and province-relevance F1, on all items and on the
// high-confidence ones (the hidden set keeps only those).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Classification,
  type ClassifierModel,
  classifyDocument,
  loadClassifierModel,
} from '@presswatch/classify';

export interface EvalItem {
  id: string;
  lang: string;
  title: string;
  text: string;
  url: string | null;
  topics: string[];
  about_province: boolean;
  confidence: 'high' | 'low';
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  /** Items labelled positive. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface SubsetReport {
  items: number;
  topics: Record<string, Scores>;
  province: Scores;
}

export interface EvalReport {
  all: SubsetReport;
  high: SubsetReport;
}

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const SHARED_DIR = process.env.PRESSWATCH_SHARED_DIR ?? join(repo, '../shared');
export const DEV_SET = join(SHARED_DIR, 'eval/topics-dev.jsonl');

export function devSetPresent(): boolean {
  return existsSync(DEV_SET);
}

/** The shipped configuration: config/topics and config/gazetteer. */
export function loadShippedModel(): ClassifierModel {
  return loadClassifierModel({
    topicsDir: join(repo, 'config/topics'),
    gazetteerDir: join(repo, 'config/gazetteer'),
  });
}

export function readEvalSet(path = DEV_SET): EvalItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalItem);
}

export interface Prediction {
  item: EvalItem;
  result: Classification;
}

export function predict(items: EvalItem[], model: ClassifierModel): Prediction[] {
  return items.map((item) => ({
    item,
    result: classifyDocument({ id: item.id, title: item.title, text: item.text, lang: item.lang }, model),
  }));
}

export function evaluate(predictions: Prediction[], topics: string[]): EvalReport {
  return {
    all: scoreSubset(predictions, topics),
    high: scoreSubset(
      predictions.filter((p) => p.item.confidence === 'high'),
      topics,
    ),
  };
}

function scoreSubset(predictions: Prediction[], topics: string[]): SubsetReport {
  const byTopic: Record<string, Scores> = {};
  for (const topic of topics) {
    byTopic[topic] = scores(
      predictions.map((p) => ({
        truth: p.item.topics.includes(topic),
        guess: p.result.topics.some((t) => t.topic === topic && t.assigned),
      })),
    );
  }
  const province = scores(
    predictions.map((p) => ({ truth: p.item.about_province, guess: p.result.province.relevant })),
  );
  return { items: predictions.length, topics: byTopic, province };
}

function scores(pairs: { truth: boolean; guess: boolean }[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { truth, guess } of pairs) {
    if (truth && guess) tp++;
    else if (guess) fp++;
    else if (truth) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn, tp, fp, fn };
}

export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  for (const [name, subset] of [
    ['all items', report.all],
    ['high-confidence items', report.high],
  ] as const) {
    lines.push(`${name} (${subset.items})`);
    lines.push(
      `  ${'label'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  support  tp  fp  fn`,
    );
    const rows: [string, Scores][] = [...Object.entries(subset.topics), ['province', subset.province]];
    for (const [label, s] of rows) {
      lines.push(
        `  ${label.padEnd(14)} ${fmt(s.precision)} ${fmt(s.recall)} ${fmt(s.f1)}  ${String(s.support).padStart(7)} ${pad(s.tp)} ${pad(s.fp)} ${pad(s.fn)}`,
      );
    }
  }
  return lines.join('\n');
}

const fmt = (n: number) => n.toFixed(3).padStart(6);
const pad = (n: number) => String(n).padStart(3);
