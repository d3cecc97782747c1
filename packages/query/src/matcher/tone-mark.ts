// The tone-mark placement rule of @presswatch/text normalizeText, applied to one lower-cased run
// of letters and marks: `hoà`→`hòa`, `thuỷ`→`thủy`, `uỷ`→`ủy`. The run must be exactly an onset,
// `o`/`u` and a toned `a`/`e`/`y` (the regex there is anchored by letter/mark boundaries on both
// sides), and the pair must be `oa`, `oe` or `uy`.

const ONSETS = new Set([
  '',
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'th',
  'tr',
  ...'bcdđghklmnprstvx',
]);

/** Toned vowel → [base, combining tone mark]. */
const TONED: Record<string, readonly [string, string]> = {};
for (const ch of 'àáảãạèéẻẽẹỳýỷỹỵ') {
  const [base = '', tone = ''] = ch.normalize('NFD');
  TONED[ch] = [base, tone];
}

/** Quick filter: can a run ending in this character need the move? */
export function endsWithTonedVowel(code: number): boolean {
  return TONED[String.fromCharCode(code)] !== undefined;
}

/** The run with its tone mark moved, or the run unchanged. */
export function moveToneMark(run: string): string {
  if (run.length < 2) return run;
  const toned = TONED[run[run.length - 1]!];
  const first = run[run.length - 2]!;
  if (!toned || (first !== 'o' && first !== 'u')) return run;
  // The regex is case-insensitive with Unicode folding: a long s (ſ) counts as `s` in the onset.
  const onset = run.slice(0, -2);
  if (!ONSETS.has(onset.replaceAll('ſ', 's'))) return run;
  const [base, tone] = toned;
  const pair = first + base;
  if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return run;
  return `${onset}${(first + tone).normalize('NFC')}${base}`;
}
