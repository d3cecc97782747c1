// What the bytes say about their own encoding: a byte-order mark, an XML declaration or a
// <meta charset> / http-equiv near the top; and turning charset labels into names iconv-lite
// decodes, with the WHATWG aliases (a page labelled iso-8859-1 is really windows-1252, gb2312
// is really GBK).
import iconv from 'iconv-lite';

/** How far into the document a declaration is looked for. */
const PRESCAN_BYTES = 4096;

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso_8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  cp1258: 'windows-1258',
  'x-cp1258': 'windows-1258',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  csgb2312: 'gbk',
  big5: 'big5hkscs',
  'big5-hkscs': 'big5hkscs',
  'x-x-big5': 'big5hkscs',
  'tis-620': 'windows-874',
  'iso-8859-11': 'windows-874',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  'windows-949': 'cp949',
  'windows-31j': 'shift_jis',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
  tcvn3: 'tcvn',
  'vn-tcvn': 'tcvn',
};

/** A decodable charset name for a label (lower-cased, aliases applied), or null if unknown. */
export function normaliseLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const lower = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  const name = ALIASES[lower] ?? lower;
  return iconv.encodingExists(name) ? name : null;
}

/** The charset a byte-order mark announces and the mark's length, or null. */
export function bomOf(bytes: Uint8Array): { charset: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

const XML_DECLARATION = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)/;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * The label an XML declaration or an HTML <meta charset> / <meta http-equiv="Content-Type">
 * in the first 4 KB declares, as written; null when there is none. A document cannot declare
 * itself UTF-16 in ASCII, so such a declaration reads as UTF-8 (as the HTML spec says).
 */
export function declaredInDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, PRESCAN_BYTES),
  ).toString('latin1');
  const label = XML_DECLARATION.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}
