// Letters of a text sample counted by writing system, in one pass over its code units. The
// script alone names the language for scripts one language owns (Thai, Lao, Khmer, Hangul, kana,
// Han…), and Vietnamese is the one Latin-script language that uses ơ, ư, ă, đ and the stacked
// tone marks of Latin Extended Additional: counting them is cheaper and surer than trigrams.

export interface ScriptProfile {
  /** Every letter counted (all scripts). */
  letters: number;
  latin: number;
  /** Latin letters only Vietnamese uses (a subset of `latin`). */
  vietnamese: number;
  han: number;
  kana: number;
  hangul: number;
  thai: number;
  lao: number;
  khmer: number;
  myanmar: number;
  greek: number;
  cyrillic: number;
  arabic: number;
  hebrew: number;
  devanagari: number;
  georgian: number;
  armenian: number;
  ethiopic: number;
}

export type ScriptName = Exclude<keyof ScriptProfile, 'letters' | 'vietnamese'>;

const SCRIPT_NAMES: readonly ScriptName[] = [
  'latin',
  'han',
  'kana',
  'hangul',
  'thai',
  'lao',
  'khmer',
  'myanmar',
  'greek',
  'cyrillic',
  'arabic',
  'hebrew',
  'devanagari',
  'georgian',
  'armenian',
  'ethiopic',
];

/** BMP ranges of the scripts counted; anything else is not a letter here. */
const RANGES: readonly (readonly [number, number, ScriptName])[] = [
  [0x0041, 0x005a, 'latin'],
  [0x0061, 0x007a, 'latin'],
  [0x00c0, 0x024f, 'latin'],
  [0x1e00, 0x1eff, 'latin'],
  [0x0370, 0x03ff, 'greek'],
  [0x0400, 0x052f, 'cyrillic'],
  [0x0530, 0x058f, 'armenian'],
  [0x0590, 0x05ff, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x0e80, 0x0eff, 'lao'],
  [0x1000, 0x109f, 'myanmar'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1200, 0x137f, 'ethiopic'],
  [0x1780, 0x17ff, 'khmer'],
  [0x3040, 0x30ff, 'kana'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xac00, 0xd7af, 'hangul'],
  [0xf900, 0xfaff, 'han'],
];

/** ơ ư ă đ (both cases) and the tone-marked vowels Vietnamese alone uses (ạ ả ấ … ỹ). */
function isVietnameseLetter(code: number): boolean {
  if (code >= 0x1ea0 && code <= 0x1ef9) return true;
  switch (code) {
    case 0x0102: // Ă
    case 0x0103:
    case 0x0110: // Đ
    case 0x0111:
    case 0x0128: // Ĩ
    case 0x0129:
    case 0x0168: // Ũ
    case 0x0169:
    case 0x01a0: // Ơ
    case 0x01a1:
    case 0x01af: // Ư
    case 0x01b0:
      return true;
    default:
      return false;
  }
}

let scriptIndexTable: Uint8Array | null = null;

/** Code unit → 1 + index in SCRIPT_NAMES (0: not a counted letter); built on first use. */
function scriptIndex(): Uint8Array {
  if (scriptIndexTable) return scriptIndexTable;
  const table = new Uint8Array(0x10000);
  for (const [from, to, name] of RANGES) table.fill(SCRIPT_NAMES.indexOf(name) + 1, from, to + 1);
  // Latin-1 signs that are not letters (× ÷) and the Han/kana punctuation inside the ranges.
  table[0xd7] = 0;
  table[0xf7] = 0;
  table[0x30fb] = 0;
  scriptIndexTable = table;
  return table;
}

/** Letter counts per script of text[0, end) (the caller bounds the length). */
export function profileScripts(text: string, end = text.length): ScriptProfile {
  const table = scriptIndex();
  const counts = new Array<number>(SCRIPT_NAMES.length + 1).fill(0);
  let vietnamese = 0;
  const stop = Math.min(end, text.length);
  for (let i = 0; i < stop; i++) {
    const code = text.charCodeAt(i);
    const index = table[code]!;
    if (index === 0) continue;
    counts[index]!++;
    if (code >= 0x0102 && isVietnameseLetter(code)) vietnamese++;
  }
  const profile = { letters: 0, vietnamese } as ScriptProfile;
  SCRIPT_NAMES.forEach((name, i) => {
    profile[name] = counts[i + 1]!;
    profile.letters += counts[i + 1]!;
  });
  return profile;
}

/** The script with the most letters, or null when there are none. */
export function dominantScript(profile: ScriptProfile): ScriptName | null {
  let best: ScriptName | null = null;
  for (const name of SCRIPT_NAMES)
    if (profile[name] > 0 && (!best || profile[name] > profile[best])) best = name;
  return best;
}
