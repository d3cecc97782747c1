// Charset precedence on bytes: BOM, header, in-document declaration, detection — and when a
// declaration is overruled by the bytes.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isMostlyUtf8, looksLikeWindows1258 } from '../src/http/detect-charset.ts';
import { declaredInDocument } from '../src/http/sniff-charset.ts';
import { decodeDocument } from '../src/index.ts';

// Fictional text; windows-1258 bytes written out with tones as combining marks.
const VI = 'Chợ Đông Hà họp sớm, người bán cá kể chuyện mùa biển.';
const viIn1258 = (text: string): Buffer =>
  iconv.encode(
    [...text.normalize('NFC')]
      .map((c) => {
        const [base = '', ...marks] = [...c.normalize('NFD')];
        const shape = marks.find((m) => '\u0302\u0306\u031b'.includes(m)) ?? '';
        return (base + shape).normalize('NFC') + marks.filter((m) => m !== shape).join('');
      })
      .join(''),
    'windows-1258',
  );
const html = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe('decodeDocument', () => {
  it('lets a byte-order mark win over the header', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VI, 'utf16le')]);
    expect(decodeDocument(utf16, 'text/html; charset=iso-8859-1')).toEqual({ text: VI, charset: 'utf-16le' });
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VI)]);
    expect(decodeDocument(utf8, 'text/plain; charset=windows-1258')).toEqual({ text: VI, charset: 'utf-8' });
  });

  it('uses a specific header charset the bytes agree with', () => {
    const bytes = iconv.encode('Привет, Ханой', 'windows-1251');
    expect(decodeDocument(bytes, 'text/html; charset=windows-1251').text).toBe('Привет, Ханой');
  });

  it('prefers the document’s declaration over a generic Western header (server default)', () => {
    const bytes = viIn1258(html('<meta charset="windows-1258">', VI));
    const decoded = decodeDocument(bytes, 'text/html; charset=ISO-8859-1');
    expect(decoded.charset).toBe('windows-1258');
    expect(decoded.text).toContain(VI);
  });

  it('reads the XML declaration of a feed', () => {
    const bytes = viIn1258(`<?xml version="1.0" encoding="windows-1258"?><rss><title>${VI}</title></rss>`);
    expect(decodeDocument(bytes, 'application/rss+xml').text).toContain(VI);
  });

  it('keeps UTF-8 with a stray broken byte as UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(`${VI} ${VI} `), Buffer.from([0xe9]), Buffer.from(` ${VI}`)]);
    const decoded = decodeDocument(bytes, 'text/html; charset=utf-8');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text.startsWith(`${VI} ${VI} \uFFFD`)).toBe(true);
  });

  it('detects a legacy charset when nothing is declared', () => {
    expect(decodeDocument(viIn1258(html('', VI)), null)).toEqual({
      text: html('', VI),
      charset: 'windows-1258',
    });
    const fr = 'Le marché de Hué ouvre tôt ; les pêcheurs y vendent leurs poissons frais.';
    expect(decodeDocument(iconv.encode(fr, 'windows-1252'), null)).toEqual({
      text: fr,
      charset: 'windows-1252',
    });
    expect(decodeDocument(Buffer.from('plain ascii'), null)).toEqual({
      text: 'plain ascii',
      charset: 'utf-8',
    });
  });

  it('normalises to NFC', () => {
    expect(decodeDocument(Buffer.from(VI.normalize('NFD')), 'text/plain; charset=utf-8').text).toBe(VI);
  });
});

describe('charset evidence', () => {
  it('finds a declaration in an XML declaration or a meta tag, treating an ASCII-declared UTF-16 as UTF-8', () => {
    expect(declaredInDocument(Buffer.from("<?xml version='1.0' encoding='ISO-8859-1'?><rss/>"))).toBe(
      'ISO-8859-1',
    );
    expect(
      declaredInDocument(
        Buffer.from('<head><META HTTP-EQUIV="content-type" CONTENT="text/html; charset=gb2312">'),
      ),
    ).toBe('gb2312');
    expect(declaredInDocument(Buffer.from('<meta charset=utf-16>'))).toBe('utf-8');
    expect(declaredInDocument(Buffer.from(`<html>${' '.repeat(5000)}<meta charset="koi8-r">`))).toBeNull();
  });

  it('tells Vietnamese windows-1258 from Western text', () => {
    expect(looksLikeWindows1258(viIn1258(VI))).toBe(true);
    expect(
      looksLikeWindows1258(iconv.encode('Così però è più facile, disse il pescatore.', 'windows-1252')),
    ).toBe(false);
    expect(
      looksLikeWindows1258(iconv.encode('Não há informações; as lições são à tarde.', 'windows-1252')),
    ).toBe(false);
  });

  it('accepts mostly valid UTF-8 and refuses legacy bytes', () => {
    expect(isMostlyUtf8(Buffer.from(VI))).toBe(true);
    expect(isMostlyUtf8(viIn1258(VI))).toBe(false);
  });
});
