// The argument document: DOCX (docx package) and Markdown build time and size for a large
// dossier — BENCH_CLAIMS claims (default 200) with real headlines and quotes from
// ../shared/corpus/vi-news.jsonl (fictional filler when it is absent) and BENCH_ARGUMENTS library
// cards (default 20) of 3 pieces of evidence each. BENCH_RUNS (default 15) builds per format.
import { performance } from 'node:perf_hooks';
import { buildDocx } from '../services/api/src/export/docx-document.ts';
import type { DossierView, SectionView } from '../services/api/src/export/dossier-view.ts';
import { buildMarkdown } from '../services/api/src/export/markdown-document.ts';
import { percentile, printTable, readCorpus, writeResult } from './support.ts';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 200);
const ARGUMENTS = Number(process.env.BENCH_ARGUMENTS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function dossier(): Promise<{ view: DossierView; corpus: boolean }> {
  const corpus = await readCorpus(CLAIMS);
  const sections: SectionView[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const article = corpus?.[i % corpus.length];
    sections.push({
      id: `c${i}`,
      kind: 'claim',
      position: i,
      note: 'Ghi chú của người phân tích.',
      quote: article
        ? article.text.slice(0, 400)
        : `Câu trích thử nghiệm số ${i} do nhóm phát triển viết.`.repeat(5),
      item: {
        id: `i${i}`,
        title: article?.title ?? `Tiêu đề thử nghiệm ${i}`,
        url: article?.url ?? `https://bao-thu.example/${i}`,
        sourceName: article?.source ?? `Báo ${i % 12}`,
        publishedAt: new Date(Date.UTC(2026, 10, 1 + (i % 28))).toISOString(),
        language: i % 3 ? 'vi' : 'en',
        country: i % 4 ? 'vn' : 'us',
        clusterSize: 1 + (i % 7),
      },
    });
  }
  for (let i = 0; i < ARGUMENTS; i++) {
    const evidence = [1, 2, 3].map((n) => ({
      text: `Dẫn chứng ${n} của lập luận ${i}.`,
      citation: `Văn bản ${i}.${n}`,
      url: null,
    }));
    const card = {
      id: `a${i}`,
      title: `Lập luận ${i}`,
      statement: 'Nội dung lập luận. '.repeat(20),
      topics: ['border'],
      evidence,
      updatedAt: '2026-11-01T00:00:00.000Z',
      updatedBy: 'system',
    };
    sections.push({ id: `s${i}`, kind: 'argument', position: CLAIMS + i, note: '', quote: '', card });
  }
  const at = '2026-11-26T00:00:00.000Z';
  return {
    view: {
      id: 'd',
      title: 'Hồ sơ đo hiệu năng',
      topic: 'border',
      summary: 'Tóm tắt.',
      ownerId: 'u',
      createdAt: at,
      updatedAt: at,
      sections,
    },
    corpus: corpus !== null,
  };
}

async function time(
  build: () => Promise<number> | number,
): Promise<{ p50: number; p95: number; bytes: number }> {
  let bytes = await build(); // warm-up
  const ms: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    bytes = await build();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), bytes };
}

const { view, corpus } = await dossier();
console.log(
  `dossier: ${CLAIMS} claims, ${ARGUMENTS} arguments; quotes from ${corpus ? '../shared corpus' : 'fictional filler (../shared absent)'}`,
);
const docx = await time(async () => (await buildDocx(view)).length);
const md = await time(() => Buffer.byteLength(buildMarkdown(view)));
const rows = [
  { format: 'docx', 'p50 ms': docx.p50.toFixed(1), 'p95 ms': docx.p95.toFixed(1), bytes: docx.bytes },
  { format: 'markdown', 'p50 ms': md.p50.toFixed(2), 'p95 ms': md.p95.toFixed(2), bytes: md.bytes },
];
printTable(rows);
console.log(
  `written ${writeResult('dossier-export', { claims: CLAIMS, arguments: ARGUMENTS, runs: RUNS, corpus, rows })}`,
);
