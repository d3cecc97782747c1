// Evidence from the bytes themselves: are they UTF-8, are they Vietnamese in windows-1258, and
// failing both what chardet guesses. Used to check declarations and when there is none.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import { normaliseLabel } from './sniff-charset.ts';

/** chardet looks at this much; it is enough and keeps detection cheap on large pages. */
const DETECT_SAMPLE = 64 * 1024;
/** Below this chardet confidence (0–100) its guess is ignored. */
const MIN_CONFIDENCE = 50;

export function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

/**
 * UTF-8, allowing a few broken sequences (a CMS that cut a character in half somewhere): at
 * least 95 % of the non-ASCII sequences must be well-formed, and there must be some.
 */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  if (isUtf8(bytes)) return true;
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += length;
    } else {
      bad++;
      i++;
    }
  }
  return good > 0 && bad * 20 <= good;
}

// windows-1258 writes Vietnamese with a few precomposed letters (ă â đ ê ô ơ ư) and the five
// tones as combining marks after the vowel. Read as windows-1252 these are Ì ì Ò Þ ò after a
// letter and Ð ð Õ õ Ý ý Ã ã — a mix no Western language produces.
const TONE = 1;
const VIETNAMESE_LETTER = 2;
const SHARED_LETTER = 3;
// Byte → what it is in Vietnamese windows-1258: a table, as this runs over whole pages.
const CLASS_1258 = ((): Uint8Array => {
  const table = new Uint8Array(256);
  for (const b of [0xcc, 0xec, 0xd2, 0xde, 0xf2]) table[b] = TONE;
  for (const b of [0xc3, 0xe3, 0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd]) table[b] = VIETNAMESE_LETTER;
  for (const b of [0xc2, 0xe2, 0xca, 0xea, 0xd4, 0xf4]) table[b] = SHARED_LETTER;
  return table;
})();

/** Whether non-UTF-8 bytes read as Vietnamese in windows-1258. */
export function looksLikeWindows1258(bytes: Uint8Array): boolean {
  let high = 0;
  let tones = 0;
  let letters = 0;
  let shared = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) continue;
    high++;
    const kind = CLASS_1258[byte];
    if (kind === TONE) {
      if (isLetter(bytes[i - 1])) tones++;
    } else if (kind === VIETNAMESE_LETTER) letters++;
    else if (kind === SHARED_LETTER) shared++;
  }
  return tones >= 2 && letters >= 1 && tones + letters + shared >= 0.6 * high;
}

function isLetter(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte >= 0xc0;
}

/**
 * Facts about one body's bytes, each computed at most once and only when a rule asks: whether
 * a declared charset can be right, and failing every declaration, which charset it is.
 */
export class CharsetEvidence {
  private utf8: boolean | undefined;
  private mostlyUtf8: boolean | undefined;
  private nonAscii: boolean | undefined;
  private vietnamese: boolean | undefined;

  constructor(private readonly bytes: Uint8Array) {}

  /**
   * Whether the bytes can be in `charset`: UTF-8 needs (mostly) valid UTF-8; any other charset
   * is refused for valid UTF-8 with non-ASCII in it; windows-1252 also for Vietnamese bytes.
   */
  fits(charset: string): boolean {
    if (charset === 'utf-8') return this.isMostlyUtf8();
    if (charset.startsWith('utf-16')) return true;
    if (this.isUtf8() && this.hasNonAscii()) return false;
    return charset !== 'windows-1252' || !this.isVietnamese();
  }

  /**
   * The charset of bytes that declare none we could trust: UTF-8 when they are (mostly) UTF-8,
   * windows-1258 when they read as Vietnamese, chardet's guess when it is confident, else
   * windows-1252 (what browsers assume for Western pages).
   */
  detect(): string {
    if (this.isMostlyUtf8()) return 'utf-8';
    if (this.isVietnamese()) return 'windows-1258';
    const best = chardet.analyse(this.bytes.subarray(0, DETECT_SAMPLE))[0];
    const guessed = best && best.confidence >= MIN_CONFIDENCE ? normaliseLabel(best.name) : null;
    return guessed && guessed !== 'utf-8' ? guessed : 'windows-1252';
  }

  private isUtf8(): boolean {
    this.utf8 ??= isUtf8(this.bytes);
    return this.utf8;
  }

  private isMostlyUtf8(): boolean {
    this.mostlyUtf8 ??= this.isUtf8() || isMostlyUtf8(this.bytes);
    return this.mostlyUtf8;
  }

  private hasNonAscii(): boolean {
    this.nonAscii ??= hasNonAscii(this.bytes);
    return this.nonAscii;
  }

  private isVietnamese(): boolean {
    this.vietnamese ??= looksLikeWindows1258(this.bytes);
    return this.vietnamese;
  }
}
