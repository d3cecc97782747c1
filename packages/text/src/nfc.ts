// NFC without the cost of String.prototype.normalize on text that is already NFC, which news text
// nearly always is: normalize() checks every character against ICU's tables (~5 µs for a 3 kB
// article, ~15 µs when other work has pushed those tables out of the CPU caches).
//
// A character is NFC-safe when it is unchanged by NFC on its own, is not a combining mark and is
// no Hangul jamo: then it has NFC_QC=Yes and combining class 0 (the NFC_QC=Maybe characters are
// combining marks or conjoining jamo), and a string made only of such characters is NFC. The
// table is built on first use; Latin, Vietnamese and common punctuation sit in the ranges
// checked without it.
import { CodeUnits } from './code-units.ts';

let table: Uint8Array | null = null;

const MARK = /^\p{M}$/u;

/** 1 for each NFC-safe BMP code unit (surrogates are not: astral text takes normalize()). */
export function nfcSafeTable(): Uint8Array {
  if (table) return table;
  const built = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (isConjoiningJamo(code)) continue;
    const ch = String.fromCharCode(code);
    if (ch.normalize('NFC') === ch && !MARK.test(ch)) built[code] = 1;
  }
  table = built;
  return built;
}

/** Below U+0300 (Latin, Latin-1, Latin Extended-A/B: ư, ơ, đ) and Latin Extended Additional
 * (ạ…ỹ, the precomposed Vietnamese letters) every character is NFC-safe. */
function isSafeWithoutTable(code: number): boolean {
  return code < 0x300 || (code >= 0x1e00 && code <= 0x1eff);
}

function isConjoiningJamo(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xd7b0 && code <= 0xd7ff)
  );
}

const codeUnits = new CodeUnits();
/** Shorter strings are read with charCodeAt (copying them would cost more than it saves). */
const COPY_FROM = 64;

/** True when every code unit of s is NFC-safe (then s is NFC). False says nothing. */
export function isKnownNfc(s: string): boolean {
  let safe: Uint8Array | null = null;
  const n = s.length;
  if (n < COPY_FROM) {
    for (let i = 0; i < n; i++) {
      const code = s.charCodeAt(i);
      if (isSafeWithoutTable(code)) continue;
      safe ??= nfcSafeTable();
      if (safe[code] === 0) return false;
    }
    return true;
  }
  const units = codeUnits.of(s);
  for (let i = 0; i < n; i++) {
    const code = units[i]!;
    if (isSafeWithoutTable(code)) continue;
    safe ??= nfcSafeTable();
    if (safe[code] === 0) return false;
  }
  return true;
}

/** s.normalize('NFC'), skipping the work when s is known to be NFC already. */
export function toNfc(s: string): string {
  return isKnownNfc(s) ? s : s.normalize('NFC');
}
