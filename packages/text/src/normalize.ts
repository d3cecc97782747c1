// Canonical form of Vietnamese text: NFC and one tone-mark placement style.
//
// Tone-mark rule (the style of DESIGN.md: `hoà`→`hòa`, `thuỷ`→`thủy`, `uỷ`→`ủy`, `khoẻ`→`khỏe`):
// in a syllable that ENDS in `oa`, `oe` or `uy` (no final consonant or vowel after them) the tone
// mark sits on the first vowel of the pair. This is the placement most Vietnamese newspapers and
// input methods use; the other style (`hoà`, `thuỷ`, the 1980s school rule of "tone on the main
// vowel") is rewritten to it. When a final follows (`hoàn`, `khoét`, `huýt`, `ngoài`, `khuya`)
// both styles agree and nothing is moved. `qu` + `y` (`quý`, `quỳ`) is left alone: there `u`
// belongs to the consonant and `y` is the only vowel.

/** Onsets a Vietnamese syllable can start with (empty included); `q` is left out on purpose. */
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|[bcdđghklmnprstvx])?';

/** A bare `o`/`u`, then `a`/`e`/`y` carrying a tone mark, with the syllable ending there. */
const TONE_ON_SECOND = new RegExp(
  `(?<![\\p{L}\\p{M}])(${ONSET})([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\\p{L}\\p{M}])`,
  'giu',
);

/** Combining diacritics with no letter to sit on (stray marks from broken legacy conversions). */
const ORPHAN_MARKS = /(^|[^\p{L}\p{M}])[\u0300-\u036f]+/gu;

/** NFC, orphan combining marks dropped, tone marks of `oa`/`oe`/`uy` moved onto the first vowel. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(ORPHAN_MARKS, '$1').replace(TONE_ON_SECOND, moveTone);
}

function moveTone(match: string, onset: string, first: string, second: string): string {
  const [base = '', tone = ''] = second.normalize('NFD');
  const pair = `${first}${base}`.toLowerCase();
  if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return match;
  return `${onset}${(first + tone).normalize('NFC')}${base}`;
}
