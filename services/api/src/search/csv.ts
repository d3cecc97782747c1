// Items as CSV (RFC 4180: comma, CRLF, double quotes doubled). Cells that a spreadsheet would run
// as a formula (=, +, -, @ first) get a leading apostrophe: exports are opened in Excel, and item
// titles come from the web. A UTF-8 byte-order mark lets Excel read Vietnamese correctly.
import type { Item } from '@presswatch/domain';

export const CSV_BOM = '\uFEFF';

const COLUMNS = [
  'id',
  'published_at',
  'fetched_at',
  'source_id',
  'source_name',
  'title',
  'url',
  'language',
  'country',
  'domestic',
  'topics',
  'relevance',
  'tone',
  'cluster_id',
  'summary',
] as const;

export function csvHeader(withText: boolean): string {
  return `${[...COLUMNS, ...(withText ? ['text'] : [])].join(',')}\r\n`;
}

function textCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const numberCell = (value: number | null) => (value === null ? '' : String(value));

export function csvRow(item: Item, withText: boolean): string {
  const cells = [
    textCell(item.id),
    textCell(item.publishedAt),
    textCell(item.fetchedAt),
    textCell(item.sourceId),
    textCell(item.sourceName),
    textCell(item.title),
    textCell(item.url),
    textCell(item.language),
    textCell(item.country),
    item.domestic ? 'true' : 'false',
    textCell(item.topics.map((t) => t.topic).join(';')),
    numberCell(item.relevance),
    numberCell(item.tone),
    textCell(item.clusterId),
    textCell(item.summary),
    ...(withText ? [textCell(item.text)] : []),
  ];
  return `${cells.join(',')}\r\n`;
}
