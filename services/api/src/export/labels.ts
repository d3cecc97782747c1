// The argument document's words in Vietnamese (default) and English, and its file name.
import type { DossierView } from './dossier-view.ts';

export type DocumentLang = 'vi' | 'en';

export const LABELS = {
  vi: {
    document: 'Tài liệu phản bác',
    topic: 'Chủ đề',
    updated: 'Cập nhật',
    summary: 'Tóm tắt',
    coverage: 'Tổng quan thông tin cần phản bác',
    claimCount: 'Số bài viết',
    dateSpan: 'Thời gian',
    totalReach: 'Tổng mức lan tỏa (số bài trong các cụm tin)',
    bySource: 'Theo nguồn',
    byCountry: 'Theo quốc gia',
    byLanguage: 'Theo ngôn ngữ',
    claims: 'Các thông tin cần phản bác',
    source: 'Nguồn',
    date: 'Ngày đăng',
    reach: 'Mức lan tỏa',
    quote: 'Trích dẫn',
    note: 'Ghi chú',
    link: 'Liên kết',
    arguments: 'Lập luận',
    evidence: 'Dẫn chứng',
    citation: 'Căn cứ',
    sources: 'Danh mục nguồn',
    none: 'Chưa có',
    unknown: 'không rõ',
  },
  en: {
    document: 'Argument document',
    topic: 'Topic',
    updated: 'Updated',
    summary: 'Summary',
    coverage: 'Coverage to answer',
    claimCount: 'Articles',
    dateSpan: 'Date span',
    totalReach: 'Total reach (items in their story clusters)',
    bySource: 'By source',
    byCountry: 'By country',
    byLanguage: 'By language',
    claims: 'Claims to answer',
    source: 'Source',
    date: 'Published',
    reach: 'Reach',
    quote: 'Quote',
    note: 'Note',
    link: 'Link',
    arguments: 'Arguments',
    evidence: 'Evidence',
    citation: 'Citation',
    sources: 'Sources',
    none: 'None yet',
    unknown: 'unknown',
  },
} as const;

export type Labels = (typeof LABELS)[DocumentLang];

/** A content-disposition value: an ASCII fallback name and the UTF-8 one (RFC 6266). */
export function attachmentName(dossier: DossierView, extension: 'docx' | 'md'): string {
  const title = dossier.title.replace(/[\\/:*?"<>|\s]+/g, ' ').trim() || 'dossier';
  const ascii = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, '-')
    .slice(0, 80);
  const name = `${title.slice(0, 120)}.${extension}`;
  return `attachment; filename="${ascii || 'dossier'}.${extension}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A date as the reader writes it: 26/11/2026 in Vietnamese, 2026-11-26 in English. */
export function formatDate(iso: string | null, lang: DocumentLang): string {
  if (!iso) return LABELS[lang].unknown;
  const day = iso.slice(0, 10);
  if (lang === 'en') return day;
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
