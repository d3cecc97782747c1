// The argument document builders on a plain dossier view (no HTTP): the DOCX file is opened as
// the zip it is and its word/document.xml read; the Markdown is read as text.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../src/export/docx-document.ts';
import type { DossierView } from '../src/export/dossier-view.ts';
import { attachmentName } from '../src/export/labels.ts';
import { buildMarkdown } from '../src/export/markdown-document.ts';

const claim = (n: number, fields: Partial<NonNullable<DossierView['sections'][number]['item']>>) => ({
  id: `s${n}`,
  kind: 'claim' as const,
  position: n,
  note: `Ghi chú ${n}`,
  quote: `Câu trích ${n} cần phản bác`,
  item: {
    id: `i${n}`,
    title: `Bài viết thử số ${n}`,
    url: `https://bao-ngoai.example/bai-${n}`,
    sourceName: 'Báo Ngoài',
    publishedAt: `2026-11-0${n}T08:00:00.000Z`,
    language: 'en',
    country: 'us',
    clusterSize: 1,
    ...fields,
  },
});

const VIEW: DossierView = {
  id: 'dos_1',
  title: 'Hồ sơ: thông tin sai về cột mốc',
  topic: 'border',
  summary: 'Tóm tắt hồ sơ thử nghiệm.',
  ownerId: 'u1',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
  sections: [
    claim(1, { clusterSize: 4 }),
    {
      id: 's2',
      kind: 'argument',
      position: 1,
      note: '',
      quote: '',
      card: {
        id: 'arg_1',
        title: 'Đường biên giới đã được phân giới cắm mốc',
        statement: 'Lập luận thử nghiệm do nhóm phát triển viết.',
        topics: ['border'],
        evidence: [
          { text: 'Dẫn chứng thử', citation: 'Luật Biên giới quốc gia 2003', url: 'https://luat.example/bg' },
        ],
        updatedAt: '2026-11-01T00:00:00.000Z',
        updatedBy: 'system',
      },
    },
    claim(3, {
      sourceName: 'Tạp chí Khác',
      country: 'fr',
      language: 'fr',
      clusterSize: 2,
      title: '<b>Tiêu đề</b> [x](javascript:alert(1))',
    }),
  ],
};

async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('argument document', () => {
  it('writes a DOCX with the coverage, each claim and quote, the arguments and the sources', async () => {
    const buffer = await buildDocx(VIEW, 'vi');
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const text = await docxText(buffer);
    for (const expected of [
      VIEW.title,
      'Bài viết thử số 1',
      'Câu trích 1 cần phản bác',
      'Câu trích 3 cần phản bác',
      'Đường biên giới đã được phân giới cắm mốc',
      'Luật Biên giới quốc gia 2003',
      'Tổng mức lan tỏa',
      'Báo Ngoài (1), Tạp chí Khác (1)',
      'Danh mục nguồn',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Tổng mức lan tỏa[^:]*: 6/);
    expect(text).toContain('01/11/2026 – 03/11/2026');
  });

  it('writes English labels when asked', async () => {
    const text = await docxText(await buildDocx(VIEW, 'en'));
    expect(text).toContain('Claims to answer');
    expect(text).toContain('2026-11-01 – 2026-11-03');
    expect(text).not.toContain('Danh mục nguồn');
  });

  it('writes Markdown with the same content, crawled text escaped', () => {
    const md = buildMarkdown(VIEW);
    expect(md.startsWith('# Hồ sơ: thông tin sai về cột mốc')).toBe(true);
    expect(md).toContain('> Câu trích 1 cần phản bác');
    expect(md).toContain('- Mức lan tỏa: 4');
    expect(md).toContain('[Luật Biên giới quốc gia 2003](<https://luat.example/bg>)');
    expect(md).toContain('\\<b\\>Tiêu đề\\</b\\> \\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).not.toContain('](javascript:');
    expect(buildMarkdown(VIEW, 'en')).toContain('## Arguments');
  });

  it('names the attachment in ASCII and in UTF-8', () => {
    const header = attachmentName(VIEW, 'docx');
    expect(header).toContain('filename="Ho-so-thong-tin-sai-ve-cot-moc.docx"');
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent('Hồ sơ thông tin sai về cột mốc.docx')}`);
  });
});
