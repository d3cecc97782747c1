// Turning response bytes into text. For now only the Content-Type charset is consulted; the
// charset-detection issue adds BOM, <meta charset>, the XML declaration and legacy code pages here.

import { TextDecoder } from 'node:util';

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return match?.[2]?.toLowerCase() ?? null;
}

/** Decodes with the header's charset when the runtime knows the label, else as UTF-8. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  return decoderFor(charsetOf(contentType)).decode(bytes);
}

function decoderFor(label: string | null): TextDecoder {
  if (label) {
    try {
      return new TextDecoder(label);
    } catch {
      // Unknown label (RangeError): fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8');
}
