// The classify command's core without I/O: one JSONL input line to one output line or an error.
//   in:  {id, title, text, lang?, url?}
//   out: {id, lang, topics: [{topic, score}] (over their threshold only), province: {score,
//         relevant, places}, tone, summary}
import { type Classification, classifyDocument, type DocumentInput } from './classify-document.ts';
import type { ClassifierModel } from './model/load-model.ts';

export interface ClassifyOutput {
  id: string;
  lang: string | null;
  topics: { topic: string; score: number }[];
  province: { score: number; relevant: boolean; places: string[] };
  tone: number;
  summary: string;
}

export type LineResult = { ok: true; output: ClassifyOutput } | { ok: false; error: string };

export function classifyJsonLine(line: string, model: ClassifierModel): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message})` };
  }
  const input = toInput(value);
  if (typeof input === 'string') return { ok: false, error: input };
  return { ok: true, output: toOutput(classifyDocument(input, model)) };
}

export function toOutput(classification: Classification): ClassifyOutput {
  const { province } = classification;
  return {
    id: classification.id,
    lang: classification.lang,
    topics: classification.topics
      .filter((topic) => topic.assigned)
      .map((topic) => ({ topic: topic.topic, score: topic.score })),
    province: { score: province.score, relevant: province.relevant, places: province.places },
    tone: classification.tone,
    summary: classification.summary,
  };
}

/** The input record, or what is wrong with it. */
function toInput(value: unknown): DocumentInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const record = value as Record<string, unknown>;
  for (const key of ['id', 'title', 'text'] as const) {
    if (typeof record[key] !== 'string') return `"${key}" must be a string`;
  }
  if (record['id'] === '') return '"id" must not be empty';
  for (const key of ['lang', 'url'] as const) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') {
      return `"${key}" must be a string when given`;
    }
  }
  return {
    id: record['id'] as string,
    title: record['title'] as string,
    text: record['text'] as string,
    lang: (record['lang'] as string | null | undefined) ?? null,
    url: (record['url'] as string | null | undefined) ?? null,
  };
}
