// Labelled texts for measuring language detection, read at run time from ../shared (never
// copied): the fundus extraction benchmark's article bodies (25 languages, ground-truth
// language per page) and the Vietnamese news corpus.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED_DIR = process.env.PRESSWATCH_SHARED_DIR ?? join(repo, '../shared');

export interface LabelledText {
  id: string;
  language: string;
  title: string;
  text: string;
}

interface FundusEntry {
  html: string;
  language: string;
  truth: { path: string; key: string };
}

interface FundusRecord {
  title: string;
  body: { summary: string[]; sections: { headline: string[]; paragraphs: string[] }[] };
}

/** The fundus pages' titles and bodies with their language, or null when the data is absent. */
export function fundusTexts(): LabelledText[] | null {
  const dir = join(SHARED_DIR, 'extraction/fundus');
  if (!existsSync(join(dir, 'manifest.jsonl'))) return null;
  const files = new Map<string, Record<string, FundusRecord>>();
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const entry = JSON.parse(line) as FundusEntry;
      let file = files.get(entry.truth.path);
      if (!file) {
        file = JSON.parse(readFileSync(join(dir, entry.truth.path), 'utf8')) as Record<string, FundusRecord>;
        files.set(entry.truth.path, file);
      }
      const record = file[entry.truth.key]!;
      const { summary, sections } = record.body;
      const text = [...summary, ...sections.flatMap((s) => [...s.headline, ...s.paragraphs])].join('\n\n');
      return { id: entry.html, language: entry.language, title: record.title, text };
    });
}

/** The first `count` articles of the Vietnamese corpus, or null when it is absent. */
export function vietnameseCorpusTexts(count: number): LabelledText[] | null {
  const path = join(SHARED_DIR, 'corpus/vi-news.jsonl');
  if (!existsSync(path)) return null;
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let text = '';
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      text += chunk.toString('utf8', 0, read);
      if (text.split('\n', count + 1).length > count) break;
    }
    return text
      .split('\n', count)
      .filter((line) => line.trim())
      .map((line) => {
        const article = JSON.parse(line) as { id: string; title: string; text: string };
        return { id: article.id, language: 'vi', title: article.title, text: article.text };
      });
  } finally {
    closeSync(fd);
  }
}
