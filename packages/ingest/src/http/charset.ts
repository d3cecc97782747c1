// Turning response bytes into text. Which charset wins, in order:
//
//   1. a byte-order mark (it cannot be there by accident);
//   2. the Content-Type charset, unless it is a generic Western default (iso-8859-1,
//      windows-1252, us-ascii — what servers such as Apache add to every page);
//   3. the document's own declaration: XML declaration, then <meta charset>/http-equiv;
//   4. a generic Western Content-Type charset;
//   5. detection: UTF-8, Vietnamese windows-1258, chardet, else windows-1252.
//
// A declaration (2–4) is taken only if the bytes can be in that charset: a UTF-8 label needs
// (mostly) valid UTF-8; any other label is refused for bytes that are valid UTF-8 with non-ASCII
// in them (a legacy charset producing valid multi-byte UTF-8 by chance does not happen in real
// text); a Western label is also refused for bytes that read as Vietnamese windows-1258. So a
// header that lies gives way to the truth when the bytes show it. The text is then put in
// Unicode NFC: windows-1258 writes tones as combining marks, and some pages are decomposed.
import iconv from 'iconv-lite';
import { CharsetEvidence } from './detect-charset.ts';
import { bomOf, declaredInDocument, normaliseLabel } from './sniff-charset.ts';

const WESTERN_DEFAULT = 'windows-1252';

export interface DecodedDocument {
  text: string;
  /** The charset the text was decoded from. */
  charset: string;
}

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return match?.[2]?.toLowerCase() ?? null;
}

/** The body as NFC text; see decodeDocument. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  return decodeDocument(bytes, contentType).text;
}

/** Decodes a body with the charset chosen by the precedence above. */
export function decodeDocument(bytes: Uint8Array, contentType: string | null): DecodedDocument {
  const bom = bomOf(bytes);
  const charset = bom?.charset ?? chooseCharset(bytes, normaliseLabel(charsetOf(contentType)));
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const text =
    charset === 'utf-8'
      ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
      : iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), charset);
  return { text: text.normalize('NFC'), charset };
}

function chooseCharset(bytes: Uint8Array, header: string | null): string {
  const evidence = new CharsetEvidence(bytes);
  const weakHeader = header === WESTERN_DEFAULT;
  if (header && !weakHeader && evidence.fits(header)) return header;
  const inDocument = normaliseLabel(declaredInDocument(bytes));
  if (inDocument && evidence.fits(inDocument)) return inDocument;
  if (header && weakHeader && evidence.fits(header)) return header;
  return evidence.detect();
}
